package com.aftersales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A CSV cell is what a spreadsheet shows as text: never a formula, commas and quotes kept inside the cell. */
class CaseExportTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaStayText() {
        assertThat(CaseExport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CaseExport.cell("+1")).isEqualTo("'+1");
        assertThat(CaseExport.cell("@SUM")).isEqualTo("'@SUM");
    }

    @Test
    void plainCodesStayAsTheyAreAndCommasAreQuoted() {
        assertThat(CaseExport.cell("AS-20300305-ABCDEFGH")).isEqualTo("AS-20300305-ABCDEFGH");
        assertThat(CaseExport.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(CaseExport.cell(null)).isEmpty();
    }
}
