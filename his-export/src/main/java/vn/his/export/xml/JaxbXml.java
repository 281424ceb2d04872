package vn.his.export.xml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/**
 * Marshals JAXB documents into the bytes that are sent: UTF-8, our own XML declaration
 * {@code <?xml version="1.0" encoding="UTF-8"?>} (without JAXB's {@code standalone="yes"}), no indentation and
 * no line breaks, so the same document always gives the same bytes.
 */
public final class JaxbXml {

    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private static final ConcurrentMap<Class<?>, JAXBContext> CONTEXTS = new ConcurrentHashMap<>();

    private JaxbXml() {
    }

    public static byte[] marshal(Object document) {
        return marshal(document, Map.of());
    }

    /** As {@link #marshal(Object)}, with extra marshaller properties (e.g. a namespace prefix mapper). */
    public static byte[] marshal(Object document, Map<String, Object> properties) {
        try {
            Marshaller marshaller = context(document.getClass()).createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            for (Map.Entry<String, Object> p : properties.entrySet()) {
                marshaller.setProperty(p.getKey(), p.getValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(DECLARATION.getBytes(StandardCharsets.UTF_8));
            marshaller.marshal(document, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot marshal " + document.getClass().getSimpleName(), e);
        }
    }

    private static JAXBContext context(Class<?> type) {
        return CONTEXTS.computeIfAbsent(type, t -> {
            try {
                return JAXBContext.newInstance(t);
            } catch (JAXBException e) {
                throw new IllegalStateException("No JAXB context for " + t.getName(), e);
            }
        });
    }
}
