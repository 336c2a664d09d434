package com.aftersales.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where and how a buyer sends goods back: the return instructions carry these words, so a buyer never has to ask.
 *
 * @param address the shop's return address with the receiving name and phone, as a courier writes it on the label
 * @param packing the packing conditions in both languages (original box, accessories, no cash-on-delivery)
 */
@Validated
@ConfigurationProperties("aftersales.returns")
public record ReturnsProperties(@NotBlank String address, @NotNull @Valid Words packing) {

    /** Words in both languages, as a phrase carries them. */
    public record Words(@NotBlank String zh, @NotBlank String en) {

        PhraseBook.Text text() {
            return new PhraseBook.Text(zh, en);
        }
    }
}
