package vn.his.export.xml.binding;

import static vn.his.export.xml.binding.BindingValues.text;

import java.util.Map;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** JAXB binding of one TRANG_THAI_KCB row of XML0; every element is written, empty when not applicable. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TRANG_THAI_KCB", propOrder = {
        "maLk",
        "stt",
        "maBn",
        "hoTen",
        "soCccd",
        "ngaySinh",
        "gioiTinh",
        "maTheBhyt",
        "maDkbd",
        "gtTheTu",
        "gtTheDen",
        "maDoituongKcb",
        "ngayVao",
        "ngayVaoNoiTru",
        "lyDoVnt",
        "maLyDoVnt",
        "maLoaiKcb",
        "maCskcb",
        "maDichVu",
        "tenDichVu",
        "maThuoc",
        "tenThuoc",
        "maVatTu",
        "tenVatTu",
        "ngayYl",
        "duPhong"})
public final class Xml0Row {

    @XmlElement(name = "MA_LK")
    private String maLk = "";

    @XmlElement(name = "STT")
    private String stt = "";

    @XmlElement(name = "MA_BN")
    private String maBn = "";

    @XmlElement(name = "HO_TEN")
    private String hoTen = "";

    @XmlElement(name = "SO_CCCD")
    private String soCccd = "";

    @XmlElement(name = "NGAY_SINH")
    private String ngaySinh = "";

    @XmlElement(name = "GIOI_TINH")
    private String gioiTinh = "";

    @XmlElement(name = "MA_THE_BHYT")
    private String maTheBhyt = "";

    @XmlElement(name = "MA_DKBD")
    private String maDkbd = "";

    @XmlElement(name = "GT_THE_TU")
    private String gtTheTu = "";

    @XmlElement(name = "GT_THE_DEN")
    private String gtTheDen = "";

    @XmlElement(name = "MA_DOITUONG_KCB")
    private String maDoituongKcb = "";

    @XmlElement(name = "NGAY_VAO")
    private String ngayVao = "";

    @XmlElement(name = "NGAY_VAO_NOI_TRU")
    private String ngayVaoNoiTru = "";

    @XmlElement(name = "LY_DO_VNT")
    private String lyDoVnt = "";

    @XmlElement(name = "MA_LY_DO_VNT")
    private String maLyDoVnt = "";

    @XmlElement(name = "MA_LOAI_KCB")
    private String maLoaiKcb = "";

    @XmlElement(name = "MA_CSKCB")
    private String maCskcb = "";

    @XmlElement(name = "MA_DICH_VU")
    private String maDichVu = "";

    @XmlElement(name = "TEN_DICH_VU")
    private String tenDichVu = "";

    @XmlElement(name = "MA_THUOC")
    private String maThuoc = "";

    @XmlElement(name = "TEN_THUOC")
    private String tenThuoc = "";

    @XmlElement(name = "MA_VAT_TU")
    private String maVatTu = "";

    @XmlElement(name = "TEN_VAT_TU")
    private String tenVatTu = "";

    @XmlElement(name = "NGAY_YL")
    private String ngayYl = "";

    @XmlElement(name = "DU_PHONG")
    private String duPhong = "";

    Xml0Row() {
        // for JAXB
    }

    /** A row from element texts keyed by element name (missing keys are written as empty elements). */
    public Xml0Row(Map<String, String> values) {
        this.maLk = text(values, "MA_LK");
        this.stt = text(values, "STT");
        this.maBn = text(values, "MA_BN");
        this.hoTen = text(values, "HO_TEN");
        this.soCccd = text(values, "SO_CCCD");
        this.ngaySinh = text(values, "NGAY_SINH");
        this.gioiTinh = text(values, "GIOI_TINH");
        this.maTheBhyt = text(values, "MA_THE_BHYT");
        this.maDkbd = text(values, "MA_DKBD");
        this.gtTheTu = text(values, "GT_THE_TU");
        this.gtTheDen = text(values, "GT_THE_DEN");
        this.maDoituongKcb = text(values, "MA_DOITUONG_KCB");
        this.ngayVao = text(values, "NGAY_VAO");
        this.ngayVaoNoiTru = text(values, "NGAY_VAO_NOI_TRU");
        this.lyDoVnt = text(values, "LY_DO_VNT");
        this.maLyDoVnt = text(values, "MA_LY_DO_VNT");
        this.maLoaiKcb = text(values, "MA_LOAI_KCB");
        this.maCskcb = text(values, "MA_CSKCB");
        this.maDichVu = text(values, "MA_DICH_VU");
        this.tenDichVu = text(values, "TEN_DICH_VU");
        this.maThuoc = text(values, "MA_THUOC");
        this.tenThuoc = text(values, "TEN_THUOC");
        this.maVatTu = text(values, "MA_VAT_TU");
        this.tenVatTu = text(values, "TEN_VAT_TU");
        this.ngayYl = text(values, "NGAY_YL");
        this.duPhong = text(values, "DU_PHONG");
    }
}
