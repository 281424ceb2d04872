package vn.his.export.xml.binding;

import static vn.his.export.xml.binding.BindingValues.singleRecord;
import static vn.his.export.xml.binding.BindingValues.text;

import java.util.List;
import java.util.Map;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** JAXB binding of the XML13 document, a single CHI_TIEU_GIAYCHUYENTUYEN record; every element is written, empty when not applicable. */
@XmlRootElement(name = "CHI_TIEU_GIAYCHUYENTUYEN")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHI_TIEU_GIAYCHUYENTUYEN", propOrder = {
        "maLk",
        "soHoso",
        "soChuyentuyen",
        "giayChuyenTuyen",
        "maCskcb",
        "maCskcbDi",
        "maCskcbDen",
        "hoTen",
        "ngaySinh",
        "gioiTinh",
        "maQuoctich",
        "maDantoc",
        "maNgheNghiep",
        "diaChi",
        "maTheBhyt",
        "gtTheDen",
        "ngayVao",
        "ngayVaoNoiTru",
        "ngayRa",
        "dauHieuLs",
        "chanDoanRv",
        "qtBenhly",
        "tomtatKq",
        "ppDieutri",
        "maBenhChinh",
        "maBenhKt",
        "maBenhYhct",
        "tinhTrangCt",
        "maLoaiRv",
        "maLydoCt",
        "huongDieuTri",
        "phuongtienVc",
        "hotenNguoiHt",
        "chucdanhNguoiHt",
        "maBacSi",
        "maTtdv",
        "duPhong"})
public final class Xml13Document {

    @XmlElement(name = "MA_LK")
    private String maLk = "";

    @XmlElement(name = "SO_HOSO")
    private String soHoso = "";

    @XmlElement(name = "SO_CHUYENTUYEN")
    private String soChuyentuyen = "";

    @XmlElement(name = "GIAY_CHUYEN_TUYEN")
    private String giayChuyenTuyen = "";

    @XmlElement(name = "MA_CSKCB")
    private String maCskcb = "";

    @XmlElement(name = "MA_CSKCB_DI")
    private String maCskcbDi = "";

    @XmlElement(name = "MA_CSKCB_DEN")
    private String maCskcbDen = "";

    @XmlElement(name = "HO_TEN")
    private String hoTen = "";

    @XmlElement(name = "NGAY_SINH")
    private String ngaySinh = "";

    @XmlElement(name = "GIOI_TINH")
    private String gioiTinh = "";

    @XmlElement(name = "MA_QUOCTICH")
    private String maQuoctich = "";

    @XmlElement(name = "MA_DANTOC")
    private String maDantoc = "";

    @XmlElement(name = "MA_NGHE_NGHIEP")
    private String maNgheNghiep = "";

    @XmlElement(name = "DIA_CHI")
    private String diaChi = "";

    @XmlElement(name = "MA_THE_BHYT")
    private String maTheBhyt = "";

    @XmlElement(name = "GT_THE_DEN")
    private String gtTheDen = "";

    @XmlElement(name = "NGAY_VAO")
    private String ngayVao = "";

    @XmlElement(name = "NGAY_VAO_NOI_TRU")
    private String ngayVaoNoiTru = "";

    @XmlElement(name = "NGAY_RA")
    private String ngayRa = "";

    @XmlElement(name = "DAU_HIEU_LS")
    private String dauHieuLs = "";

    @XmlElement(name = "CHAN_DOAN_RV")
    private String chanDoanRv = "";

    @XmlElement(name = "QT_BENHLY")
    private String qtBenhly = "";

    @XmlElement(name = "TOMTAT_KQ")
    private String tomtatKq = "";

    @XmlElement(name = "PP_DIEUTRI")
    private String ppDieutri = "";

    @XmlElement(name = "MA_BENH_CHINH")
    private String maBenhChinh = "";

    @XmlElement(name = "MA_BENH_KT")
    private String maBenhKt = "";

    @XmlElement(name = "MA_BENH_YHCT")
    private String maBenhYhct = "";

    @XmlElement(name = "TINH_TRANG_CT")
    private String tinhTrangCt = "";

    @XmlElement(name = "MA_LOAI_RV")
    private String maLoaiRv = "";

    @XmlElement(name = "MA_LYDO_CT")
    private String maLydoCt = "";

    @XmlElement(name = "HUONG_DIEU_TRI")
    private String huongDieuTri = "";

    @XmlElement(name = "PHUONGTIEN_VC")
    private String phuongtienVc = "";

    @XmlElement(name = "HOTEN_NGUOI_HT")
    private String hotenNguoiHt = "";

    @XmlElement(name = "CHUCDANH_NGUOI_HT")
    private String chucdanhNguoiHt = "";

    @XmlElement(name = "MA_BAC_SI")
    private String maBacSi = "";

    @XmlElement(name = "MA_TTDV")
    private String maTtdv = "";

    @XmlElement(name = "DU_PHONG")
    private String duPhong = "";

    Xml13Document() {
        // for JAXB
    }

    /** The document of a single-record table: exactly one row of element texts. */
    public Xml13Document(List<Map<String, String>> rows) {
        Map<String, String> values = singleRecord(rows, "XML13");
        this.maLk = text(values, "MA_LK");
        this.soHoso = text(values, "SO_HOSO");
        this.soChuyentuyen = text(values, "SO_CHUYENTUYEN");
        this.giayChuyenTuyen = text(values, "GIAY_CHUYEN_TUYEN");
        this.maCskcb = text(values, "MA_CSKCB");
        this.maCskcbDi = text(values, "MA_CSKCB_DI");
        this.maCskcbDen = text(values, "MA_CSKCB_DEN");
        this.hoTen = text(values, "HO_TEN");
        this.ngaySinh = text(values, "NGAY_SINH");
        this.gioiTinh = text(values, "GIOI_TINH");
        this.maQuoctich = text(values, "MA_QUOCTICH");
        this.maDantoc = text(values, "MA_DANTOC");
        this.maNgheNghiep = text(values, "MA_NGHE_NGHIEP");
        this.diaChi = text(values, "DIA_CHI");
        this.maTheBhyt = text(values, "MA_THE_BHYT");
        this.gtTheDen = text(values, "GT_THE_DEN");
        this.ngayVao = text(values, "NGAY_VAO");
        this.ngayVaoNoiTru = text(values, "NGAY_VAO_NOI_TRU");
        this.ngayRa = text(values, "NGAY_RA");
        this.dauHieuLs = text(values, "DAU_HIEU_LS");
        this.chanDoanRv = text(values, "CHAN_DOAN_RV");
        this.qtBenhly = text(values, "QT_BENHLY");
        this.tomtatKq = text(values, "TOMTAT_KQ");
        this.ppDieutri = text(values, "PP_DIEUTRI");
        this.maBenhChinh = text(values, "MA_BENH_CHINH");
        this.maBenhKt = text(values, "MA_BENH_KT");
        this.maBenhYhct = text(values, "MA_BENH_YHCT");
        this.tinhTrangCt = text(values, "TINH_TRANG_CT");
        this.maLoaiRv = text(values, "MA_LOAI_RV");
        this.maLydoCt = text(values, "MA_LYDO_CT");
        this.huongDieuTri = text(values, "HUONG_DIEU_TRI");
        this.phuongtienVc = text(values, "PHUONGTIEN_VC");
        this.hotenNguoiHt = text(values, "HOTEN_NGUOI_HT");
        this.chucdanhNguoiHt = text(values, "CHUCDANH_NGUOI_HT");
        this.maBacSi = text(values, "MA_BAC_SI");
        this.maTtdv = text(values, "MA_TTDV");
        this.duPhong = text(values, "DU_PHONG");
    }
}
