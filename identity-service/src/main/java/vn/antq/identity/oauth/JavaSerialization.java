package vn.antq.identity.oauth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import org.bson.types.Binary;

/**
 * Stores Spring Authorization Server's own objects (authorizations, consents, clients), which are
 * {@link Serializable} and versioned by Spring Security, as one binary field next to the fields they are looked up
 * by. Their content changes only with the library, and a stored authorization lives minutes to hours: after an
 * upgrade that changes their form, people sign in again.
 */
final class JavaSerialization {

    private JavaSerialization() {
    }

    static Binary write(Serializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException impossible) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getName(), impossible);
        }
        return new Binary(bytes.toByteArray());
    }

    static <T> T read(Binary stored, Class<T> type) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stored.getData()))) {
            return type.cast(in.readObject());
        } catch (IOException | ClassNotFoundException incompatible) {
            throw new IllegalStateException("A stored " + type.getSimpleName() + " cannot be read", incompatible);
        }
    }
}
