package vn.his.export.xml;

import java.util.Objects;

/** One table document as sent: its LOAIHOSO and the UTF-8 bytes of its XML (with declaration). */
public record TableDocument(String loaiHoSo, byte[] content) {

    public TableDocument {
        Objects.requireNonNull(loaiHoSo, "loaiHoSo");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableDocument other && loaiHoSo.equals(other.loaiHoSo)
                && java.util.Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * loaiHoSo.hashCode() + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "TableDocument[" + loaiHoSo + ", " + content.length + " bytes]";
    }
}
