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

/** JAXB binding of the XML8 document, a single CHI_TIEU_DU_LIEU_TOM_TAT_HO_SO_BENH_AN record; every element is written, empty when not applicable. */
@XmlRootElement(name = "CHI_TIEU_DU_LIEU_TOM_TAT_HO_SO_BENH_AN")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHI_TIEU_DU_LIEU_TOM_TAT_HO_SO_BENH_AN", propOrder = {
        "maLk",
        "maLoaiKcb",
        "hoTenCha",
        "hoTenMe",
        "nguoiGiamHo",
        "donVi",
        "ngayVao",
        "ngayRa",
        "chanDoanVao",
        "chanDoanRv",
        "qtBenhly",
        "tomtatKq",
        "ppDieutri",
        "ngaySinhcon",
        "ngayConchet",
        "soConchet",
        "ketQuaDtri",
        "ghiChu",
        "maTtdv",
        "ngayCt",
        "maTheTam",
        "duPhong"})
public final class Xml8Document {

    @XmlElement(name = "MA_LK")
    private String maLk = "";

    @XmlElement(name = "MA_LOAI_KCB")
    private String maLoaiKcb = "";

    @XmlElement(name = "HO_TEN_CHA")
    private String hoTenCha = "";

    @XmlElement(name = "HO_TEN_ME")
    private String hoTenMe = "";

    @XmlElement(name = "NGUOI_GIAM_HO")
    private String nguoiGiamHo = "";

    @XmlElement(name = "DON_VI")
    private String donVi = "";

    @XmlElement(name = "NGAY_VAO")
    private String ngayVao = "";

    @XmlElement(name = "NGAY_RA")
    private String ngayRa = "";

    @XmlElement(name = "CHAN_DOAN_VAO")
    private String chanDoanVao = "";

    @XmlElement(name = "CHAN_DOAN_RV")
    private String chanDoanRv = "";

    @XmlElement(name = "QT_BENHLY")
    private String qtBenhly = "";

    @XmlElement(name = "TOMTAT_KQ")
    private String tomtatKq = "";

    @XmlElement(name = "PP_DIEUTRI")
    private String ppDieutri = "";

    @XmlElement(name = "NGAY_SINHCON")
    private String ngaySinhcon = "";

    @XmlElement(name = "NGAY_CONCHET")
    private String ngayConchet = "";

    @XmlElement(name = "SO_CONCHET")
    private String soConchet = "";

    @XmlElement(name = "KET_QUA_DTRI")
    private String ketQuaDtri = "";

    @XmlElement(name = "GHI_CHU")
    private String ghiChu = "";

    @XmlElement(name = "MA_TTDV")
    private String maTtdv = "";

    @XmlElement(name = "NGAY_CT")
    private String ngayCt = "";

    @XmlElement(name = "MA_THE_TAM")
    private String maTheTam = "";

    @XmlElement(name = "DU_PHONG")
    private String duPhong = "";

    Xml8Document() {
        // for JAXB
    }

    /** The document of a single-record table: exactly one row of element texts. */
    public Xml8Document(List<Map<String, String>> rows) {
        Map<String, String> values = singleRecord(rows, "XML8");
        this.maLk = text(values, "MA_LK");
        this.maLoaiKcb = text(values, "MA_LOAI_KCB");
        this.hoTenCha = text(values, "HO_TEN_CHA");
        this.hoTenMe = text(values, "HO_TEN_ME");
        this.nguoiGiamHo = text(values, "NGUOI_GIAM_HO");
        this.donVi = text(values, "DON_VI");
        this.ngayVao = text(values, "NGAY_VAO");
        this.ngayRa = text(values, "NGAY_RA");
        this.chanDoanVao = text(values, "CHAN_DOAN_VAO");
        this.chanDoanRv = text(values, "CHAN_DOAN_RV");
        this.qtBenhly = text(values, "QT_BENHLY");
        this.tomtatKq = text(values, "TOMTAT_KQ");
        this.ppDieutri = text(values, "PP_DIEUTRI");
        this.ngaySinhcon = text(values, "NGAY_SINHCON");
        this.ngayConchet = text(values, "NGAY_CONCHET");
        this.soConchet = text(values, "SO_CONCHET");
        this.ketQuaDtri = text(values, "KET_QUA_DTRI");
        this.ghiChu = text(values, "GHI_CHU");
        this.maTtdv = text(values, "MA_TTDV");
        this.ngayCt = text(values, "NGAY_CT");
        this.maTheTam = text(values, "MA_THE_TAM");
        this.duPhong = text(values, "DU_PHONG");
    }
}
