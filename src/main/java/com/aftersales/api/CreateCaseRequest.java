package com.aftersales.api;

import com.aftersales.vocabulary.Channel;
import com.aftersales.intake.NewCase;
import com.aftersales.vocabulary.RequestedOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.URL;

/** Body of {@code POST /api/cases}: a buyer's inquiry as an order or chat system reports it. */
record CreateCaseRequest(
        @Schema(example = "TB20261001") @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]*",
                message = "may contain only letters, digits and '-'") String orderId,
        @Schema(example = "buyer-001") @NotBlank @Size(max = 64) @Pattern(regexp = SingleLine.PATTERN, message = SingleLine.MESSAGE) String buyerId,
        @Schema(example = "WANGWANG") @NotNull Channel channel,
        @Schema(example = "拖把电池充不进电 The mop's battery won't charge") @NotBlank @Size(max = 2000) String description,
        @Schema(example = "RETURN") RequestedOutcome requestedOutcome,
        @Size(max = 10) List<@NotBlank @URL @Size(max = 500) String> evidenceUrls) {

    NewCase toNewCase() {
        return new NewCase(orderId.trim(), buyerId.trim(), channel, description.trim(), requestedOutcome,
                evidenceUrls == null ? List.of() : evidenceUrls);
    }
}
