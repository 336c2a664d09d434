package com.aftersales.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/cases/{caseId}/return-shipment}: the buyer shipped the return. */
record ReturnShipmentRequest(
        @Schema(example = "SF Express 顺丰") @NotBlank @Size(max = 40) @Pattern(regexp = SingleLine.PATTERN, message = SingleLine.MESSAGE) String carrier,
        @Schema(example = "SF1234567890") @NotBlank @Size(max = 40)
        @Pattern(regexp = "[A-Za-z0-9-]*", message = "may contain only letters, digits and '-'") String trackingNumber) {
}
