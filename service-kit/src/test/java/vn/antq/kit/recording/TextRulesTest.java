package vn.antq.kit.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void aSingleLineTextTakesLettersOfAnyScriptAndEmoji() {
        assertThat(TextRules.singleLine("title", "Họp dân 😀 模型 ‏abc", "Tên", "Title")).isEmpty();
        assertThat(TextRules.singleLine("title", null, "Tên", "Title")).isEmpty();
    }

    @Test
    void aSingleLineTextRefusesTabsAndLineBreaks() {
        for (String broken : new String[] {"a\tb", "a\nb", "a\r\nb", "a\u2028b", "a\n"}) {
            assertThat(TextRules.singleLine("title", broken, "Tên hoạt động", "Title")).as(broken)
                    .hasValue(new Problem("title", "Tên hoạt động phải viết trên một dòng, không có dấu xuống dòng hay ký tự tab",
                            "Title must be a single line, without line breaks or tabs"));
        }
    }

    @Test
    void linesTakeTabsAndLineBreaks() {
        assertThat(TextRules.lines("notes", "Dòng 1\r\n\tDòng 2\n", "Ghi chú", "Notes")).isEmpty();
    }

    @Test
    void noTextTakesControlCharactersOrLoneSurrogatesNamingTheCharacter() {
        assertThat(TextRules.lines("notes", "a\u0000b", "Ghi chú", "Notes")).hasValue(new Problem("notes",
                "Ghi chú có ký tự không được phép (U+0000): ký tự điều khiển hoặc ký tự Unicode bị hỏng",
                "Notes contains a character that is not allowed (U+0000): a control character or a broken Unicode character"));
        assertThat(TextRules.singleLine("title", "a\u0007b", "Tên", "Title").orElseThrow().messageEn()).contains("(U+0007)");
        assertThat(TextRules.lines("notes", "a\u007fb", "Ghi chú", "Notes").orElseThrow().messageEn()).contains("(U+007F)");
        assertThat(TextRules.lines("notes", "a\u0085b", "Ghi chú", "Notes").orElseThrow().messageEn()).contains("(U+0085)");
        assertThat(TextRules.lines("notes", "x\uD800y", "Ghi chú", "Notes").orElseThrow().messageEn()).contains("(U+D800)");
        assertThat(TextRules.singleLine("title", "x\uDC00", "Tên", "Title").orElseThrow().messageEn()).contains("(U+DC00)");
    }
}
