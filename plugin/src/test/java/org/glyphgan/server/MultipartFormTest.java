package org.glyphgan.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartFormTest {
    private static final String TYPE = "multipart/form-data; boundary=\"b0\"";

    @Test
    void fieldsAndBinaryFilesParse() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0, '-', '-', 'b', '1'};
        byte[] body = join(ascii("--b0\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nmy-hand\r\n"
                        + "--b0\r\nContent-Disposition: form-data; name=\"samples\"; filename=\"A.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n"),
                png, ascii("\r\n--b0--\r\n"));
        MultipartForm form = MultipartForm.parse(TYPE, body);
        assertEquals(2, form.parts().size());
        assertEquals("my-hand", form.field("name"));
        assertNull(form.field("samples"), "a file is not a text field");
        assertEquals(1, form.files().size());
        assertEquals("A.png", form.files().get(0).fileName());
        assertEquals("samples", form.files().get(0).name());
        assertArrayEquals(png, form.files().get(0).content());
    }

    @Test
    void missingClosingBoundaryIsRejected() {
        byte[] body = ascii("--b0\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nmy-hand");
        ApiException error = assertThrows(ApiException.class, () -> MultipartForm.parse(TYPE, body));
        assertEquals(400, error.status());
        assertTrue(error.getMessage().contains("closing boundary is missing"), error.getMessage());
    }

    @Test
    void otherContentTypeIsUnsupported() {
        ApiException error = assertThrows(ApiException.class, () -> MultipartForm.parse("application/json", ascii("{}")));
        assertEquals(415, error.status());
    }

    @Test
    void unsafeFileNamesAreRejected() {
        assertEquals("U+0041.png", UploadedSamples.safeFileName("C:\\samples\\U+0041.png"));
        assertEquals("a.png", UploadedSamples.safeFileName("../a.png"));
        for (String name : new String[] {"", ".hidden.png", "a b.png", "a;rm.png", "..", null}) {
            ApiException error = assertThrows(ApiException.class, () -> UploadedSamples.safeFileName(name), name);
            assertEquals(400, error.status(), name);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] join(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int position = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, position, part.length);
            position += part.length;
        }
        return joined;
    }
}
