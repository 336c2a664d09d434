package com.aftersales.api;

/** Identifiers and names are one line: line breaks and tabs are for free text (descriptions, reasons) only. */
final class SingleLine {

    static final String PATTERN = "[^\\r\\n\\t]*";
    static final String MESSAGE = "must be a single line (no line breaks or tabs)";

    private SingleLine() {
    }
}
