package com.aftersales.vocabulary;

/** Who opened a dispute. A dispute the platform opens skips the shop's own attempt: the platform already intervenes. */
public enum OpenedBy {
    BUYER, PLATFORM
}
