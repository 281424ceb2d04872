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

/** JAXB binding of the XML0 document: CHI_TIEU_TRANG_THAI_KCB/DSACH_TRANG_THAI_KCB/TRANG_THAI_KCB, then the empty CHUKYDONVI that receives the facility signature. */
@XmlRootElement(name = "CHI_TIEU_TRANG_THAI_KCB")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHI_TIEU_TRANG_THAI_KCB", propOrder = {"rows", "chukydonvi"})
public final class Xml0Document {

    @XmlElementWrapper(name = "DSACH_TRANG_THAI_KCB")
    @XmlElement(name = "TRANG_THAI_KCB")
    private List<Xml0Row> rows = new ArrayList<>();

    @XmlElement(name = "CHUKYDONVI")
    private String chukydonvi = "";

    Xml0Document() {
        // for JAXB
    }

    public Xml0Document(List<Map<String, String>> rows) {
        rows.forEach(r -> this.rows.add(new Xml0Row(r)));
    }
}
