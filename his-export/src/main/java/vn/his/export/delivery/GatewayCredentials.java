package vn.his.export.delivery;

import java.util.Optional;

import vn.his.core.common.DomainException;
import vn.his.export.gateway.CredentialCipher;

/**
 * The cipher of the stored gateway passwords, from the configured key ({@code his.gateway.credential-key}, base64 of
 * 32 bytes). Without a key no password can be stored or read ({@code export.gateway.noCredentialKey}).
 */
public final class GatewayCredentials {

    private final CredentialCipher cipher;

    private GatewayCredentials(CredentialCipher cipher) {
        this.cipher = cipher;
    }

    /** From the configured key; blank means none. */
    public static GatewayCredentials fromKey(String base64Key) {
        return new GatewayCredentials(base64Key == null || base64Key.isBlank()
                ? null : CredentialCipher.fromBase64Key(base64Key));
    }

    public Optional<CredentialCipher> cipher() {
        return Optional.ofNullable(cipher);
    }

    CredentialCipher require() {
        if (cipher == null) {
            throw new DomainException("export.gateway.noCredentialKey");
        }
        return cipher;
    }

    @Override
    public String toString() {
        return "GatewayCredentials[key=" + (cipher == null ? "none" : "***") + "]";
    }
}
