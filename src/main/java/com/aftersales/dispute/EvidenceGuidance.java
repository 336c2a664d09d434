package com.aftersales.dispute;

import com.aftersales.vocabulary.IssueType;

/**
 * Who must prove what before the platform (DOMAIN.md, disputes): for claimed counterfeits and
 * invisible defects the seller (supplier papers, certificates, invoices); for visible defects the
 * buyer gives photos first.
 */
final class EvidenceGuidance {

    private EvidenceGuidance() {
    }

    static String forIssue(IssueType issueType) {
        IssueType type = issueType == null ? IssueType.OTHER : issueType;
        return switch (type) {
            case SUSPECTED_COUNTERFEIT -> "卖家举证：提交进货凭证、品牌授权、检测报告或发票，证明商品为正品。"
                    + " The seller must prove authenticity: supplier papers, brand authorisation, test reports or invoices.";
            case QUALITY_DEFECT -> "隐性质量问题由卖家举证（质检报告、合格证）；外观可见的问题由买家先提供照片。"
                    + " Invisible defects: the seller proves quality (inspection reports, certificates);"
                    + " visible defects: the buyer gives photos first.";
            case DAMAGED_IN_TRANSIT, WRONG_ITEM, MISSING_ITEM -> "买家先提供照片或视频；卖家提交发货称重、打包照片和物流记录。"
                    + " The buyer gives photos or video first; the seller submits packing photos, weights and tracking.";
            case NOT_RECEIVED, DELIVERY_EXCEPTION -> "卖家提交物流签收记录和快递公司证明。"
                    + " The seller submits the tracking history, proof of delivery and the carrier's statement.";
            case NOT_AS_DESCRIBED -> "卖家提交商品详情页截图和实物照片，证明与描述一致。"
                    + " The seller submits the listing as published and photos of the item, to show they match.";
            case NOT_SHIPPED, LOGISTICS_DELAY, ADDRESS_CHANGE -> "卖家提交发货记录和揽收证明（快递揽收扫描），证明已真实发货；虚假发货投诉以揽收记录应对。"
                    + " The seller submits the shipment and the carrier's pick-up scan, proving a real shipment;"
                    + " a complaint of a fake shipment is answered with the pick-up record.";
            case NO_REASON_RETURN, OTHER -> "提交与买家的聊天记录、订单和物流记录。"
                    + " Submit the chat history with the buyer, the order and the tracking.";
        };
    }
}
