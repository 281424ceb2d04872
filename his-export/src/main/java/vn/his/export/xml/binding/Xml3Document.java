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

/** JAXB binding of the XML3 document: CHITIEU_CHITIET_DVKT_VTYT/DSACH_CHI_TIET_DVKT/CHI_TIET_DVKT. */
@XmlRootElement(name = "CHITIEU_CHITIET_DVKT_VTYT")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHITIEU_CHITIET_DVKT_VTYT", propOrder = {"rows"})
public final class Xml3Document {

    @XmlElementWrapper(name = "DSACH_CHI_TIET_DVKT")
    @XmlElement(name = "CHI_TIET_DVKT")
    private List<Xml3Row> rows = new ArrayList<>();

    Xml3Document() {
        // for JAXB
    }

    public Xml3Document(List<Map<String, String>> rows) {
        rows.forEach(r -> this.rows.add(new Xml3Row(r)));
    }
}
