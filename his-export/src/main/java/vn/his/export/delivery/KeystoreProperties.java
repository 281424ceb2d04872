package vn.his.export.delivery;

/** Binding of {@code his.signing.keystore.*} and {@code his.signing.facilities.<code>.*}. */
public record KeystoreProperties(String path, String password, String alias) {

    @Override
    public String toString() {
        return "KeystoreProperties[path=" + path + ", password=***, alias=" + alias + "]";
    }
}
