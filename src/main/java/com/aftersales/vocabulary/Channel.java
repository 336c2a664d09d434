package com.aftersales.vocabulary;

/** Where the buyer reached the shop (contract enumeration {@code channel}). */
public enum Channel {
    WANGWANG, PHONE, QQ, WECHAT, EMAIL, PLATFORM
}
