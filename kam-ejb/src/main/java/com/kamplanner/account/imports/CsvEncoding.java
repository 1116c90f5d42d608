package com.kamplanner.account.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How the bytes of an export become text. CRMs write UTF-8, with or without a byte order mark, but a file saved
 * again from Excel on Windows is Windows-1252; AUTO tells them apart: a BOM or valid UTF-8 means UTF-8, anything
 * else Windows-1252 (which decodes every byte). The user can force either when the guess is wrong.
 */
public enum CsvEncoding {
    AUTO,
    UTF_8,
    WINDOWS_1252;

    static final Charset CP1252 = Charset.forName("windows-1252");

    /** The text of the file, without its byte order mark. */
    public String decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        return switch (this) {
            case UTF_8 -> StandardCharsets.UTF_8.decode(content).toString();
            case WINDOWS_1252 -> CP1252.decode(content).toString();
            case AUTO -> bom ? StandardCharsets.UTF_8.decode(content).toString() : strictUtf8(content);
        };
    }

    private static String strictUtf8(ByteBuffer content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content.duplicate()).toString();
        } catch (CharacterCodingException notUtf8) {
            return CP1252.decode(content).toString();
        }
    }

    public String getName() {
        return name();
    }
}
