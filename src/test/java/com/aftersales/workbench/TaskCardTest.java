package com.aftersales.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The card's one line: the parts known, in order, the buyer and the order by their prefix, a long item shortened. */
class TaskCardTest {

    @Test
    void aConfirmedCaseShowsEveryPart() {
        assertThat(TaskCard.card("AS-20261126-7KQ2M9XD", "电动拖把 electric mop", "buyer-001", "TB20261001",
                "质量问题 Quality defect")).isEqualTo(
                "AS-20261126-7KQ2M9XD · 电动拖把 electric mop · 买家 buyer-001 · 订单 TB20261001 · 质量问题 Quality defect");
    }

    @Test
    void partsNotYetKnownAreLeftOut() {
        assertThat(TaskCard.card("AS-20261126-7KQ2M9XD", null, "buyer-001", "TB20261001", null))
                .isEqualTo("AS-20261126-7KQ2M9XD · 买家 buyer-001 · 订单 TB20261001");
        assertThat(TaskCard.card(null, " ", null, "", null)).isEmpty();
    }

    @Test
    void aLongItemNameIsShortenedToItsStart() {
        String title = "2026新款无线电动拖把家用自动清洗拖地机一体机 cordless electric mop, self-cleaning";
        String card = TaskCard.card("AS-1", title, "buyer-001", "TB1", null);
        String item = card.split(TaskCard.SEPARATOR)[1];
        assertThat(item).startsWith("2026新款无线电动拖把").endsWith("…");
        assertThat(item.codePointCount(0, item.length())).isEqualTo(TaskCard.ITEM_LENGTH);
        assertThat(card).endsWith(" · 买家 buyer-001 · 订单 TB1");
    }
}
