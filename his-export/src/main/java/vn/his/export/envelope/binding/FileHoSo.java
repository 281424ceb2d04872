package vn.his.export.envelope.binding;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** FILEHOSO: LOAIHOSO (XML1…XML15) and NOIDUNGFILE, the standard base64 (no line breaks) of the table's UTF-8 XML. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "FILEHOSO", propOrder = {"loaiHoSo", "noiDungFile"})
public final class FileHoSo {

    @XmlElement(name = "LOAIHOSO")
    private String loaiHoSo;

    @XmlElement(name = "NOIDUNGFILE")
    private String noiDungFile;

    FileHoSo() {
        // for JAXB
    }

    public FileHoSo(String loaiHoSo, String noiDungFile) {
        this.loaiHoSo = loaiHoSo;
        this.noiDungFile = noiDungFile;
    }
}
