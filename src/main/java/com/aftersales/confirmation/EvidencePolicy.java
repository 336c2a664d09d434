package com.aftersales.confirmation;

import com.aftersales.vocabulary.IssueType;
import org.springframework.stereotype.Component;

/**
 * Whether a confirmed problem has the evidence it needs: photos or video for quality, damage
 * and wrong-item claims. The model asks it as {@code ${evidencePolicy.isSatisfied(issueType, evidenceProvided)}}.
 */
@Component("evidencePolicy")
public class EvidencePolicy {

    public boolean isSatisfied(String issueType, Boolean evidenceProvided) {
        return Boolean.TRUE.equals(evidenceProvided) || !IssueType.valueOf(issueType).photosRequired();
    }
}
