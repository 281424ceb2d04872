package vn.his.export.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.transform.TransformerFactory;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import vn.his.core.common.DomainException;

/**
 * Parsers for files that come from outside (gateway answers, files read back, uploads): every factory refuses a
 * DOCTYPE, so neither external entities (XXE) nor entity expansion ("billion laughs") can happen, and no DTD or
 * schema is fetched. The XML 130 files never carry a DOCTYPE, so refusing it loses nothing.
 */
public final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    /** JDK limit on element nesting (JAXP property {@code jdk.xml.maxElementDepth}). */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    /**
     * Deepest element nesting accepted. An XML 130 file nests about ten levels (GIAMDINHHS › THONGTINHOSO ›
     * DANHSACHHOSO › HOSO › FILEHOSO, a table's rows and fields, the XML-DSig Signature); without a limit, a document
     * of tens of thousands of nested elements parses but overflows the stack of whatever walks the tree afterwards
     * (found by {@code XmlInputFuzzTest}).
     */
    public static final int MAX_DEPTH = 200;

    /*
     * Configured factories kept per thread: finding and configuring a JAXP factory (a service lookup over the class
     * path) cost more than parsing a claim's table, and the factories are not promised to be thread-safe. JAXB
     * contexts are thread-safe and expensive, so one per bound class.
     */
    private static final ThreadLocal<DocumentBuilderFactory> DOM_FACTORY =
            ThreadLocal.withInitial(SecureXml::documentBuilderFactory);
    private static final ThreadLocal<XMLInputFactory> STAX_FACTORY = ThreadLocal.withInitial(SecureXml::xmlInputFactory);
    private static final Map<Class<?>, JAXBContext> JAXB_CONTEXTS = new ConcurrentHashMap<>();
    /** One parser per thread, reset after each document (creating a DOM parser costs as much as a small parse). */
    private static final ThreadLocal<DocumentBuilder> DOM_PARSER = ThreadLocal.withInitial(SecureXml::documentBuilder);
    /** Xerces feature (on by default): build a node only when it is first visited. */
    private static final String DEFER_NODE_EXPANSION = "http://apache.org/xml/features/dom/defer-node-expansion";
    /** As {@link #DOM_PARSER}, building every node while parsing, for {@link #parseWhole}. */
    private static final ThreadLocal<DocumentBuilder> WHOLE_DOM_PARSER =
            ThreadLocal.withInitial(SecureXml::wholeDocumentBuilder);
    private static final ThreadLocal<TransformerFactory> TRANSFORMER_FACTORY =
            ThreadLocal.withInitial(SecureXml::transformerFactory);

    private SecureXml() {
    }

    /** A new secured factory (callers that configure it further get their own). */
    public static DocumentBuilderFactory documentBuilderFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be secured", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    public static SAXParserFactory saxParserFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("SAX parser cannot be secured", e);
        }
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        return factory;
    }

    /** A StAX factory without DTD support; readers from {@link #streamReader} also refuse a DOCTYPE event. */
    public static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
        return factory;
    }

    /** A stream reader over the bytes that fails with a clear message as soon as it meets a DOCTYPE. */
    public static XMLStreamReader streamReader(byte[] xml) {
        try {
            XMLStreamReader reader = STAX_FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(xml));
            return new StreamReaderDelegate(reader) {
                @Override
                public int next() throws XMLStreamException {
                    int event = super.next();
                    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new DomainException("export.xml.doctypeRefused");
                    }
                    return event;
                }
            };
        } catch (XMLStreamException e) {
            throw new DomainException("export.xml.malformed", e.getMessage());
        }
    }

    /** A JAXB unmarshaller reading through {@link #streamReader}. */
    public static <T> T unmarshal(byte[] xml, Class<T> type) {
        try {
            Unmarshaller unmarshaller = jaxbContext(type).createUnmarshaller();
            return unmarshaller.unmarshal(streamReader(xml), type).getValue();
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
            if (cause instanceof DomainException refused) {
                throw refused;
            }
            throw new DomainException("export.xml.malformed", String.valueOf(e.getMessage() != null ? e.getMessage() : cause));
        }
    }

    private static JAXBContext jaxbContext(Class<?> type) throws JAXBException {
        JAXBContext known = JAXB_CONTEXTS.get(type);
        if (known == null) {
            known = JAXBContext.newInstance(type);
            JAXB_CONTEXTS.putIfAbsent(type, known);
        }
        return known;
    }

    public static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilder builder = DOM_FACTORY.get().newDocumentBuilder();
            builder.setErrorHandler(STRICT_ERRORS);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A secured parser with the same refusals as {@link #documentBuilder}, that does not defer node expansion. */
    private static DocumentBuilder wholeDocumentBuilder() {
        try {
            DocumentBuilderFactory factory = documentBuilderFactory();
            factory.setFeature(DEFER_NODE_EXPANSION, false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(STRICT_ERRORS);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Warnings are ignored (they carry no content); errors and fatal errors stop the parse. */
    private static final ErrorHandler STRICT_ERRORS = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // warnings do not stop parsing and carry no content
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    /** Parses the bytes into a namespace-aware DOM; a DOCTYPE or malformed XML is refused with a clear message. */
    public static Document parse(byte[] xml) {
        return parse(DOM_PARSER.get(), xml);
    }

    /**
     * As {@link #parse}, for a document that is walked entirely right away (XML-DSig signing and verification
     * canonicalise every node): the DOM is built during the parse instead of node by node on first visit (deferred
     * expansion), which costs less when every node is visited. Same refusals and limits.
     */
    public static Document parseWhole(byte[] xml) {
        return parse(WHOLE_DOM_PARSER.get(), xml);
    }

    private static Document parse(DocumentBuilder parser, byte[] xml) {
        try {
            return parser.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new DomainException("export.xml.doctypeRefused");
            }
            throw new DomainException("export.xml.malformed", e.getMessage());
        } catch (IOException e) {
            throw new DomainException("export.xml.malformed", e.getMessage());
        } finally {
            parser.reset();
            parser.setErrorHandler(STRICT_ERRORS);
        }
    }

    /** This thread's transformer factory from {@link #transformerFactory}, configured once. */
    public static TransformerFactory threadTransformerFactory() {
        return TRANSFORMER_FACTORY.get();
    }

    /**
     * The JDK's own transformer factory (not whichever one the class path offers: a service lookup on every call,
     * and Saxon arrives with HAPI FHIR), which fetches nothing from outside; used to serialise signed documents.
     */
    public static TransformerFactory transformerFactory() {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return factory;
    }
}
