package vn.his.web.reception.cardcheck;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.card.InsuranceCard;
import vn.his.core.card.InsuranceCardRepository;
import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterRepository;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.i18n.Messages;
import vn.his.export.delivery.GatewayAccountStore;
import vn.his.export.gateway.CardCheckOperator;
import vn.his.export.gateway.CardCheckRequest;
import vn.his.export.gateway.CardCheckResult;
import vn.his.export.gateway.GatewayAccount;
import vn.his.export.gateway.GatewayClient;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.SignedInUser;

/**
 * Looks a patient's card up on the BHXH gateway ({@code KQNhanLichSuKCB2024}) with the gateway account of the
 * signed-in user's facility, on behalf of that user (name, and the citizen ID they type). Only the roles that record
 * encounters may check cards; from an encounter, only users who may change it (their own facility). The card and
 * patient are read in a short transaction; the gateway is called outside it. A missing facility, gateway account or
 * credential key, a gateway that cannot be reached, times out or answers garbage each becomes a sentence for people
 * ({@link CardCheckOutcome#problem()}), and is logged without the password.
 */
@Service
public class CardCheckService {

    private static final Logger LOG = LoggerFactory.getLogger(CardCheckService.class);
    private static final Pattern CCCD = Pattern.compile("\\d{12}");

    private final GatewayClient gateway;
    private final GatewayAccountStore accounts;
    private final InsuranceCardRepository cards;
    private final EncounterRepository encounters;
    private final FacilityRepository facilities;
    private final AccessPolicy access;
    private final ClinicalTime time;
    private final TransactionTemplate reading;

    public CardCheckService(GatewayClient gateway, GatewayAccountStore accounts, InsuranceCardRepository cards,
                            EncounterRepository encounters, FacilityRepository facilities, AccessPolicy access,
                            ClinicalTime time, PlatformTransactionManager transactions) {
        this.gateway = gateway;
        this.accounts = accounts;
        this.cards = cards;
        this.encounters = encounters;
        this.facilities = facilities;
        this.access = access;
        this.time = time;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** Checks card {@code cardId} of patient {@code patientId} (patient page). */
    public CardCheckOutcome checkPatientCard(Long patientId, Long cardId, String operatorCccd, Locale locale) {
        access.requireRecordingRole();
        CardCheckSubject subject = reading.execute(s -> {
            InsuranceCard card = cards.findById(cardId)
                    .filter(c -> c.patient().id().equals(patientId))
                    .orElseThrow(() -> new ResourceNotFoundException("cardCheck.cardNotFound", cardId, patientId));
            return CardCheckSubject.of(card.patient(), card);
        });
        return check(subject, operatorCccd, locale);
    }

    /** Checks the first card of encounter {@code encounterId}; only for users who may change the encounter. */
    public CardCheckOutcome checkEncounterCard(Long encounterId, String operatorCccd, Locale locale) {
        CardCheckSubject subject = reading.execute(s -> {
            Encounter e = encounters.findById(encounterId)
                    .orElseThrow(() -> new ResourceNotFoundException("api.encounter.notFound", encounterId));
            access.requireChange(e);
            return e.cards().stream().findFirst()
                    .flatMap(c -> cards.findById(c.cardId()))
                    .map(c -> CardCheckSubject.of(e.patient(), c))
                    .orElse(null);
        });
        if (subject == null) {
            return CardCheckOutcome.refused(null, Messages.get(locale, "cardCheck.noCard"));
        }
        return check(subject, operatorCccd, locale);
    }

    private CardCheckOutcome check(CardCheckSubject subject, String operatorCccd, Locale locale) {
        SignedInUser user = access.current();
        String cccd = operatorCccd == null ? "" : operatorCccd.strip();
        if (!CCCD.matcher(cccd).matches()) {
            return CardCheckOutcome.refused(subject, Messages.get(locale, "cardCheck.operatorCccd.invalid"));
        }
        Optional<String> facilityCode = facilityCode(user);
        if (facilityCode.isEmpty()) {
            return CardCheckOutcome.refused(subject, Messages.get(locale, "cardCheck.noFacility"));
        }
        String code = facilityCode.get();
        GatewayAccount account;
        try {
            Optional<GatewayAccount> found = accounts.find(code);
            if (found.isEmpty()) {
                LOG.warn("Card check refused: facility {} has no gateway account", code);
                return CardCheckOutcome.refused(subject, Messages.get(locale, "cardCheck.noAccount", code));
            }
            account = found.get();
        } catch (DomainException noKey) {
            LOG.warn("Card check refused: the gateway account of facility {} cannot be read ({})", code,
                    noKey.getMessage());
            return CardCheckOutcome.refused(subject, Messages.get(locale, "cardCheck.accountUnreadable", code,
                    noKey.localizedMessage(locale)));
        } catch (IllegalArgumentException undecryptable) {
            LOG.warn("Card check refused: the gateway account of facility {} cannot be decrypted", code);
            return CardCheckOutcome.refused(subject, Messages.get(locale, "cardCheck.accountUnreadable", code,
                    Messages.get(locale, "cardCheck.accountUndecryptable")));
        }
        CardCheckRequest request;
        try {
            request = new CardCheckRequest(subject.cardNumber(), subject.fullName(), subject.birthForGateway());
        } catch (IllegalArgumentException unfit) {
            return CardCheckOutcome.refused(subject, Messages.get(locale, "cardCheck.unfitCard", subject.cardNumber()));
        }
        CardCheckResult result = gateway.checkCard(account, new CardCheckOperator(operatorName(user), cccd), request);
        if (!result.answered()) {
            LOG.warn("Card check for facility {} got no answer from the gateway: {} {}", code,
                    result.failure().kind(), result.failure().detail());
            return new CardCheckOutcome(subject, result,
                    Messages.get(locale, "cardCheck.failed", result.failure().describe(locale)), null, null);
        }
        return new CardCheckOutcome(subject, result, null, result.explanation(locale),
                result.card() == null ? null : CardComparison.rows(subject, result.card()));
    }

    private Optional<String> facilityCode(SignedInUser user) {
        if (user.facilityId() == null) {
            return Optional.empty();
        }
        return facilities.findById(user.facilityId()).flatMap(f -> codeToday(f));
    }

    private Optional<String> codeToday(Facility facility) {
        return facility.codeOn(time.today());
    }

    private static String operatorName(SignedInUser user) {
        String name = user.fullName();
        return name == null || name.isBlank() ? Objects.requireNonNull(user.getUsername()) : name.strip();
    }
}
