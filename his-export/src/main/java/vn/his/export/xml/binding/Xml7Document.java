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

/** JAXB binding of the XML7 document, a single CHI_TIEU_DU_LIEU_GIAY_RA_VIEN record; every element is written, empty when not applicable. */
@XmlRootElement(name = "CHI_TIEU_DU_LIEU_GIAY_RA_VIEN")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHI_TIEU_DU_LIEU_GIAY_RA_VIEN", propOrder = {
        "maLk",
        "soLuuTru",
        "maYte",
        "maKhoaRv",
        "ngayVao",
        "ngayRa",
        "maDinhChiThai",
        "nguyennhanDinhchi",
        "thoigianDinhchi",
        "tuoiThai",
        "chanDoanRv",
        "ppDieutri",
        "ghiChu",
        "maTtdv",
        "maBs",
        "tenBs",
        "ngayCt",
        "maCha",
        "maMe",
        "maTheTam",
        "hoTenCha",
        "hoTenMe",
        "soNgayNghi",
        "ngoaitruTungay",
        "ngoaitruDenngay",
        "duPhong"})
public final class Xml7Document {

    @XmlElement(name = "MA_LK")
    private String maLk = "";

    @XmlElement(name = "SO_LUU_TRU")
    private String soLuuTru = "";

    @XmlElement(name = "MA_YTE")
    private String maYte = "";

    @XmlElement(name = "MA_KHOA_RV")
    private String maKhoaRv = "";

    @XmlElement(name = "NGAY_VAO")
    private String ngayVao = "";

    @XmlElement(name = "NGAY_RA")
    private String ngayRa = "";

    @XmlElement(name = "MA_DINH_CHI_THAI")
    private String maDinhChiThai = "";

    @XmlElement(name = "NGUYENNHAN_DINHCHI")
    private String nguyennhanDinhchi = "";

    @XmlElement(name = "THOIGIAN_DINHCHI")
    private String thoigianDinhchi = "";

    @XmlElement(name = "TUOI_THAI")
    private String tuoiThai = "";

    @XmlElement(name = "CHAN_DOAN_RV")
    private String chanDoanRv = "";

    @XmlElement(name = "PP_DIEUTRI")
    private String ppDieutri = "";

    @XmlElement(name = "GHI_CHU")
    private String ghiChu = "";

    @XmlElement(name = "MA_TTDV")
    private String maTtdv = "";

    @XmlElement(name = "MA_BS")
    private String maBs = "";

    @XmlElement(name = "TEN_BS")
    private String tenBs = "";

    @XmlElement(name = "NGAY_CT")
    private String ngayCt = "";

    @XmlElement(name = "MA_CHA")
    private String maCha = "";

    @XmlElement(name = "MA_ME")
    private String maMe = "";

    @XmlElement(name = "MA_THE_TAM")
    private String maTheTam = "";

    @XmlElement(name = "HO_TEN_CHA")
    private String hoTenCha = "";

    @XmlElement(name = "HO_TEN_ME")
    private String hoTenMe = "";

    @XmlElement(name = "SO_NGAY_NGHI")
    private String soNgayNghi = "";

    @XmlElement(name = "NGOAITRU_TUNGAY")
    private String ngoaitruTungay = "";

    @XmlElement(name = "NGOAITRU_DENNGAY")
    private String ngoaitruDenngay = "";

    @XmlElement(name = "DU_PHONG")
    private String duPhong = "";

    Xml7Document() {
        // for JAXB
    }

    /** The document of a single-record table: exactly one row of element texts. */
    public Xml7Document(List<Map<String, String>> rows) {
        Map<String, String> values = singleRecord(rows, "XML7");
        this.maLk = text(values, "MA_LK");
        this.soLuuTru = text(values, "SO_LUU_TRU");
        this.maYte = text(values, "MA_YTE");
        this.maKhoaRv = text(values, "MA_KHOA_RV");
        this.ngayVao = text(values, "NGAY_VAO");
        this.ngayRa = text(values, "NGAY_RA");
        this.maDinhChiThai = text(values, "MA_DINH_CHI_THAI");
        this.nguyennhanDinhchi = text(values, "NGUYENNHAN_DINHCHI");
        this.thoigianDinhchi = text(values, "THOIGIAN_DINHCHI");
        this.tuoiThai = text(values, "TUOI_THAI");
        this.chanDoanRv = text(values, "CHAN_DOAN_RV");
        this.ppDieutri = text(values, "PP_DIEUTRI");
        this.ghiChu = text(values, "GHI_CHU");
        this.maTtdv = text(values, "MA_TTDV");
        this.maBs = text(values, "MA_BS");
        this.tenBs = text(values, "TEN_BS");
        this.ngayCt = text(values, "NGAY_CT");
        this.maCha = text(values, "MA_CHA");
        this.maMe = text(values, "MA_ME");
        this.maTheTam = text(values, "MA_THE_TAM");
        this.hoTenCha = text(values, "HO_TEN_CHA");
        this.hoTenMe = text(values, "HO_TEN_ME");
        this.soNgayNghi = text(values, "SO_NGAY_NGHI");
        this.ngoaitruTungay = text(values, "NGOAITRU_TUNGAY");
        this.ngoaitruDenngay = text(values, "NGOAITRU_DENNGAY");
        this.duPhong = text(values, "DU_PHONG");
    }
}
