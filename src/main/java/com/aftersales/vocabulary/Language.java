package com.aftersales.vocabulary;

/** The languages of what the application says: Chinese first, English beside it. */
public enum Language {
    ZH, EN
}
