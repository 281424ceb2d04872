/**
 * JAXB binding of the GIAMDINHHS dossier envelope (CV 1245/BHXH-CNTT §3.4): elements without namespace, the root
 * declaring the {@code xsi} and {@code xsd} prefixes as in the official skeleton.
 */
@XmlSchema(xmlns = {
        @XmlNs(prefix = "xsi", namespaceURI = "http://www.w3.org/2001/XMLSchema-instance"),
        @XmlNs(prefix = "xsd", namespaceURI = "http://www.w3.org/2001/XMLSchema")})
package vn.his.export.envelope.binding;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlSchema;
