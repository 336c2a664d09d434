package com.aftersales.delivery;

/** The ways a message can leave the application; routes name them in lower case ({@code webhook, mail, dingtalk}). */
public enum Adapter {
    WEBHOOK, MAIL, DINGTALK
}
