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

/** JAXB binding of the XML4 document: CHITIEU_CHITIET_DICHVUCANLAMSANG/DSACH_CHI_TIET_CLS/CHI_TIET_CLS. */
@XmlRootElement(name = "CHITIEU_CHITIET_DICHVUCANLAMSANG")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHITIEU_CHITIET_DICHVUCANLAMSANG", propOrder = {"rows"})
public final class Xml4Document {

    @XmlElementWrapper(name = "DSACH_CHI_TIET_CLS")
    @XmlElement(name = "CHI_TIET_CLS")
    private List<Xml4Row> rows = new ArrayList<>();

    Xml4Document() {
        // for JAXB
    }

    public Xml4Document(List<Map<String, String>> rows) {
        rows.forEach(r -> this.rows.add(new Xml4Row(r)));
    }
}
