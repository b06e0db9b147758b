import FlagdeskCore
import Foundation

/// The kind-specific part of the template context: one object named after the kind
/// (`notice`, `erasure`, ...), keys in `ContextSchema.contentKeys`.
enum ContentContext {
    /// `language`: the letter's, for the values a kind prints in words of its own (the
    /// preservation request's categories, identifier types and sections: PreservationLabels).
    /// `authority`: the recipient, when an authority (a preservation request warns when the
    /// addressee is in its own State, Reg. (EU) 2023/1543 Art. 3(1)-(2)).
    static func build(_ content: DocumentContent, zone: TimeZone, language: String, authority: Authority?)
        -> (String, [String: Any])
    {
        let compact = TemplateContext.compact
        switch content {
        case .dsaNotice(let notice):
            var values = compact([
                "locationDetails": notice.locationDetails, "explanation": notice.explanation,
                "legalBasis": notice.legalBasis, "category": notice.category?.rawValue,
                "categoryLabel": notice.category?.label,
            ])
            values["urls"] = notice.urls
            values["keywords"] = notice.keywords.map { ["key": $0.rawValue, "label": $0.label] }
            values["contentTypes"] = notice.contentTypes.map { ["key": $0.rawValue, "label": $0.label] }
            values["bonaFide"] = notice.bonaFideStatement
            values["identityOmitted"] = notice.omitNotifierIdentity
            values["evidence"] = notice.evidence.map(reference)
            return ("notice", values)
        case .gdprErasure(let erasure):
            var values = compact([
                "controllerName": erasure.controller?.name, "controllerAddress": erasure.controller?.address,
                "controllerEmail": erasure.controller?.email, "pseudonym": erasure.dataSubjectPseudonym,
                "identifyingData": erasure.identifyingData, "personalData": erasure.personalData,
                "replyWindow": erasure.replyWindow?.description,
            ])
            values["urls"] = erasure.urls
            let grounds: [(String, ErasureGround)] = [
                ("groundA", .noLongerNecessary), ("groundB", .consentWithdrawn), ("groundC", .objection),
                ("groundD", .unlawfullyProcessed), ("groundE", .legalObligation), ("groundF", .childInformationSociety),
            ]
            for (key, ground) in grounds { values[key] = erasure.grounds.contains(ground) }
            values["informOtherControllers"] = erasure.requestsInformingOtherControllers
            values["notifyRecipients"] = erasure.requestsNotifyingRecipients
            return ("erasure", values)
        case .preservationRequest(let order):
            var values = preservation(order, labels: PreservationLabels.labels(language))
            values["addresseeInIssuingState"] = order.addresseeIsInIssuingState(authority)
            return ("preservation", values)
        case .leaReferral(let referral):
            var values = compact([
                "countryConcerned": referral.countryConcerned, "summary": referral.summary,
                "urgency": referral.urgency?.rawValue, "victimDetails": referral.victimDetails,
            ])
            let indicators = ReferralIndicators.lines(referral.indicators)
            values["indicators"] = indicators
            values["hasIndicators"] = !indicators.isEmpty
            values["immediate"] = referral.urgency == .immediate
            values["urgent"] = referral.urgency == .urgent
            values["routine"] = referral.urgency == .routine
            values["evidence"] = referral.evidence.map(reference)
            return ("referral", values)
        case .reminder(let reminder):
            return ("reminder", compact(["note": reminder.note]))
        case .dsaComplaint(let complaint):
            return ("dsaComplaint", compact(["grounds": complaint.grounds]))
        case .dscComplaint(let complaint):
            return (
                "dscComplaint",
                compact([
                    "infringement": complaint.infringement, "respondent": complaint.respondent,
                    "complainantCountry": complaint.complainantCountry,
                    "providerCountry": complaint.providerCountry,
                ])
            )
        case .dpaComplaint(let complaint):
            return (
                "dpaComplaint",
                compact([
                    "pseudonym": complaint.dataSubjectPseudonym, "controller": complaint.controller,
                    "infringement": complaint.infringement,
                ])
            )
        case .takeItDownRequest(let request):
            var values = compact([
                "pseudonym": request.dataSubjectPseudonym, "signature": request.signature,
                "depiction": request.depiction,
            ])
            values["urls"] = request.urls
            values["nonConsent"] = request.nonConsentStatement
            return ("takeItDown", values)
        case .supportReferral(let referral):
            var values = compact([
                "pseudonym": referral.dataSubjectPseudonym, "consentRecord": referral.consentRecord,
                "contactConditions": referral.contactConditions, "needs": referral.needs,
            ])
            values["consent"] = referral.consent
            return ("support", values)
        }
    }

    static func preservation(_ order: PreservationContent, labels: PreservationLabels.Labels) -> [String: Any] {
        let addressee = order.addressee?.addressee
        var values = TemplateContext.compact([
            "addresseeName": addressee?.name, "addresseeAddress": addressee?.address,
            "addresseeEmail": addressee?.email, "serviceProvider": order.serviceProvider,
            "timeStart": order.timeRange.map { ISO8601.format($0.start) },
            "timeEnd": order.timeRange.map { ISO8601.format($0.end) }, "timeZone": order.timeZone,
            "offence": order.offence, "facts": order.facts, "grounds": order.grounds,
            "addresseeCountry": order.addresseeCountry,
        ])
        values["designatedEstablishment"] = order.addressee?.role == .designatedEstablishment
        values["legalRepresentative"] = order.addressee?.role == .legalRepresentative
        values["targets"] = order.targets.map {
            ["kind": $0.kind.rawValue, "kindLabel": labels.identifiers[$0.kind] ?? $0.kind.rawValue, "value": $0.value]
        }
        values["dataCategories"] = order.dataCategories.map { category in
            let named = labels.categories[category]
            return [
                "key": category.rawValue, "label": named?.label ?? category.rawValue,
                "article": named?.article ?? category.article,
            ]
        }
        values["provisions"] = order.provisions
        values["emergency"] = order.emergency == true
        values["emergencyUnanswered"] = order.emergency == nil
        values["issuingAuthoritySections"] = PreservationContent.sectionsForIssuingAuthority.map { section in
            let named = labels.sections[section.key]
            return [
                "key": section.key, "label": named?.label ?? section.label, "source": named?.source ?? section.source,
            ]
        }
        return values
    }

    static func reference(_ evidence: EvidenceReference) -> [String: Any] {
        TemplateContext.compact(["sha256": evidence.sha256, "mediaType": evidence.mediaType])
    }
}
