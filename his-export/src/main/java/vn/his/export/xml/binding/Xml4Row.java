package vn.his.export.xml.binding;

import static vn.his.export.xml.binding.BindingValues.text;

import java.util.Map;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** JAXB binding of one CHI_TIET_CLS row of XML4; every element is written, empty when not applicable. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHI_TIET_CLS", propOrder = {
        "maLk",
        "stt",
        "maDichVu",
        "maChiSo",
        "tenChiSo",
        "giaTri",
        "donViDo",
        "moTa",
        "ketLuan",
        "ngayKq",
        "maBsDocKq",
        "duPhong"})
public final class Xml4Row {

    @XmlElement(name = "MA_LK")
    private String maLk = "";

    @XmlElement(name = "STT")
    private String stt = "";

    @XmlElement(name = "MA_DICH_VU")
    private String maDichVu = "";

    @XmlElement(name = "MA_CHI_SO")
    private String maChiSo = "";

    @XmlElement(name = "TEN_CHI_SO")
    private String tenChiSo = "";

    @XmlElement(name = "GIA_TRI")
    private String giaTri = "";

    @XmlElement(name = "DON_VI_DO")
    private String donViDo = "";

    @XmlElement(name = "MO_TA")
    private String moTa = "";

    @XmlElement(name = "KET_LUAN")
    private String ketLuan = "";

    @XmlElement(name = "NGAY_KQ")
    private String ngayKq = "";

    @XmlElement(name = "MA_BS_DOC_KQ")
    private String maBsDocKq = "";

    @XmlElement(name = "DU_PHONG")
    private String duPhong = "";

    Xml4Row() {
        // for JAXB
    }

    /** A row from element texts keyed by element name (missing keys are written as empty elements). */
    public Xml4Row(Map<String, String> values) {
        this.maLk = text(values, "MA_LK");
        this.stt = text(values, "STT");
        this.maDichVu = text(values, "MA_DICH_VU");
        this.maChiSo = text(values, "MA_CHI_SO");
        this.tenChiSo = text(values, "TEN_CHI_SO");
        this.giaTri = text(values, "GIA_TRI");
        this.donViDo = text(values, "DON_VI_DO");
        this.moTa = text(values, "MO_TA");
        this.ketLuan = text(values, "KET_LUAN");
        this.ngayKq = text(values, "NGAY_KQ");
        this.maBsDocKq = text(values, "MA_BS_DOC_KQ");
        this.duPhong = text(values, "DU_PHONG");
    }
}
