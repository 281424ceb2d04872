package vn.his.export.envelope.binding;

import org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper;

/**
 * Keeps the prefixes of the official GIAMDINHHS skeleton ({@code xmlns:xsi}, {@code xmlns:xsd}); without it the
 * JAXB runtime would pick its own prefix ({@code xs}) for the XML Schema namespace.
 */
public final class SkeletonPrefixes extends NamespacePrefixMapper {

    /** Marshaller property of the GlassFish JAXB runtime that takes a prefix mapper. */
    public static final String PROPERTY = "org.glassfish.jaxb.namespacePrefixMapper";

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XSD = "http://www.w3.org/2001/XMLSchema";

    @Override
    public String getPreferredPrefix(String namespaceUri, String suggestion, boolean requirePrefix) {
        return switch (namespaceUri) {
            case XSI -> "xsi";
            case XSD -> "xsd";
            default -> suggestion;
        };
    }

    @Override
    public String[] getPreDeclaredNamespaceUris() {
        return new String[] {XSI, XSD};
    }
}
