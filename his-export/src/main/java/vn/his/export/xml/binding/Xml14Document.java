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

/** JAXB binding of the XML14 document, a single CHI_TIEU_GIAYHEN_KHAMLAI record; every element is written, empty when not applicable. */
@XmlRootElement(name = "CHI_TIEU_GIAYHEN_KHAMLAI")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHI_TIEU_GIAYHEN_KHAMLAI", propOrder = {
        "maLk",
        "soGiayhenKl",
        "maCskcb",
        "hoTen",
        "ngaySinh",
        "gioiTinh",
        "diaChi",
        "maTheBhyt",
        "gtTheDen",
        "ngayVao",
        "ngayVaoNoiTru",
        "ngayRa",
        "ngayHenKl",
        "chanDoanRv",
        "maBenhChinh",
        "maBenhKt",
        "maBenhYhct",
        "maDoituongKcb",
        "maBacSi",
        "maTtdv",
        "ngayCt",
        "duPhong"})
public final class Xml14Document {

    @XmlElement(name = "MA_LK")
    private String maLk = "";

    @XmlElement(name = "SO_GIAYHEN_KL")
    private String soGiayhenKl = "";

    @XmlElement(name = "MA_CSKCB")
    private String maCskcb = "";

    @XmlElement(name = "HO_TEN")
    private String hoTen = "";

    @XmlElement(name = "NGAY_SINH")
    private String ngaySinh = "";

    @XmlElement(name = "GIOI_TINH")
    private String gioiTinh = "";

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

    @XmlElement(name = "NGAY_HEN_KL")
    private String ngayHenKl = "";

    @XmlElement(name = "CHAN_DOAN_RV")
    private String chanDoanRv = "";

    @XmlElement(name = "MA_BENH_CHINH")
    private String maBenhChinh = "";

    @XmlElement(name = "MA_BENH_KT")
    private String maBenhKt = "";

    @XmlElement(name = "MA_BENH_YHCT")
    private String maBenhYhct = "";

    @XmlElement(name = "MA_DOITUONG_KCB")
    private String maDoituongKcb = "";

    @XmlElement(name = "MA_BAC_SI")
    private String maBacSi = "";

    @XmlElement(name = "MA_TTDV")
    private String maTtdv = "";

    @XmlElement(name = "NGAY_CT")
    private String ngayCt = "";

    @XmlElement(name = "DU_PHONG")
    private String duPhong = "";

    Xml14Document() {
        // for JAXB
    }

    /** The document of a single-record table: exactly one row of element texts. */
    public Xml14Document(List<Map<String, String>> rows) {
        Map<String, String> values = singleRecord(rows, "XML14");
        this.maLk = text(values, "MA_LK");
        this.soGiayhenKl = text(values, "SO_GIAYHEN_KL");
        this.maCskcb = text(values, "MA_CSKCB");
        this.hoTen = text(values, "HO_TEN");
        this.ngaySinh = text(values, "NGAY_SINH");
        this.gioiTinh = text(values, "GIOI_TINH");
        this.diaChi = text(values, "DIA_CHI");
        this.maTheBhyt = text(values, "MA_THE_BHYT");
        this.gtTheDen = text(values, "GT_THE_DEN");
        this.ngayVao = text(values, "NGAY_VAO");
        this.ngayVaoNoiTru = text(values, "NGAY_VAO_NOI_TRU");
        this.ngayRa = text(values, "NGAY_RA");
        this.ngayHenKl = text(values, "NGAY_HEN_KL");
        this.chanDoanRv = text(values, "CHAN_DOAN_RV");
        this.maBenhChinh = text(values, "MA_BENH_CHINH");
        this.maBenhKt = text(values, "MA_BENH_KT");
        this.maBenhYhct = text(values, "MA_BENH_YHCT");
        this.maDoituongKcb = text(values, "MA_DOITUONG_KCB");
        this.maBacSi = text(values, "MA_BAC_SI");
        this.maTtdv = text(values, "MA_TTDV");
        this.ngayCt = text(values, "NGAY_CT");
        this.duPhong = text(values, "DU_PHONG");
    }
}
