package vn.his.export.xml.binding;

import static vn.his.export.xml.binding.BindingValues.text;

import java.util.Map;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** JAXB binding of one CHI_TIET_DIEN_BIEN_BENH row of XML5; every element is written, empty when not applicable. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHI_TIET_DIEN_BIEN_BENH", propOrder = {
        "maLk",
        "stt",
        "dienBienLs",
        "giaiDoanBenh",
        "hoiChan",
        "phauThuat",
        "thoiDiemDbls",
        "nguoiThucHien",
        "duPhong"})
public final class Xml5Row {

    @XmlElement(name = "MA_LK")
    private String maLk = "";

    @XmlElement(name = "STT")
    private String stt = "";

    @XmlElement(name = "DIEN_BIEN_LS")
    private String dienBienLs = "";

    @XmlElement(name = "GIAI_DOAN_BENH")
    private String giaiDoanBenh = "";

    @XmlElement(name = "HOI_CHAN")
    private String hoiChan = "";

    @XmlElement(name = "PHAU_THUAT")
    private String phauThuat = "";

    @XmlElement(name = "THOI_DIEM_DBLS")
    private String thoiDiemDbls = "";

    @XmlElement(name = "NGUOI_THUC_HIEN")
    private String nguoiThucHien = "";

    @XmlElement(name = "DU_PHONG")
    private String duPhong = "";

    Xml5Row() {
        // for JAXB
    }

    /** A row from element texts keyed by element name (missing keys are written as empty elements). */
    public Xml5Row(Map<String, String> values) {
        this.maLk = text(values, "MA_LK");
        this.stt = text(values, "STT");
        this.dienBienLs = text(values, "DIEN_BIEN_LS");
        this.giaiDoanBenh = text(values, "GIAI_DOAN_BENH");
        this.hoiChan = text(values, "HOI_CHAN");
        this.phauThuat = text(values, "PHAU_THUAT");
        this.thoiDiemDbls = text(values, "THOI_DIEM_DBLS");
        this.nguoiThucHien = text(values, "NGUOI_THUC_HIEN");
        this.duPhong = text(values, "DU_PHONG");
    }
}
