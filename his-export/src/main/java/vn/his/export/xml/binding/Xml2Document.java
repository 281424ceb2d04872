package vn.his.export.xml.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** JAXB binding of the XML2 document: CHITIEU_CHITIET_THUOC/DSACH_CHI_TIET_THUOC/CHI_TIET_THUOC. */
@XmlRootElement(name = "CHITIEU_CHITIET_THUOC")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHITIEU_CHITIET_THUOC", propOrder = {"rows"})
public final class Xml2Document {

    @XmlElementWrapper(name = "DSACH_CHI_TIET_THUOC")
    @XmlElement(name = "CHI_TIET_THUOC")
    private List<Xml2Row> rows = new ArrayList<>();

    Xml2Document() {
        // for JAXB
    }

    public Xml2Document(List<Map<String, String>> rows) {
        rows.forEach(r -> this.rows.add(new Xml2Row(r)));
    }
}
