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

/** JAXB binding of the XML5 document: CHITIEU_CHITIET_DIENBIENLAMSANG/DSACH_CHI_TIET_DIEN_BIEN_BENH/CHI_TIET_DIEN_BIEN_BENH. */
@XmlRootElement(name = "CHITIEU_CHITIET_DIENBIENLAMSANG")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHITIEU_CHITIET_DIENBIENLAMSANG", propOrder = {"rows"})
public final class Xml5Document {

    @XmlElementWrapper(name = "DSACH_CHI_TIET_DIEN_BIEN_BENH")
    @XmlElement(name = "CHI_TIET_DIEN_BIEN_BENH")
    private List<Xml5Row> rows = new ArrayList<>();

    Xml5Document() {
        // for JAXB
    }

    public Xml5Document(List<Map<String, String>> rows) {
        rows.forEach(r -> this.rows.add(new Xml5Row(r)));
    }
}
