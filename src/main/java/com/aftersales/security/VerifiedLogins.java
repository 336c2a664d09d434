package com.aftersales.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Who a pair of HTTP Basic credentials is, remembered for {@code aftersales.security.login-cache} so that a REST call
 * does not pay three identity commands (password check, groups, tenants) every time: a whole case over HTTP is 27
 * calls. Only a password the identity service accepted is remembered, as a keyed digest (never the password itself);
 * anything else asks the identity service, which also throttles wrong passwords. Any change of users, groups, tenants
 * or memberships on this node, and any refused password (the user may be delayed or locked now), makes every
 * remembered login unused at once ({@link IdentityChanges}); a change made on another node takes effect here within
 * the cache time.
 */
@Component
class VerifiedLogins {

    /** A verified user with what the engine's authorizations need. */
    record Login(String user, List<String> groups, List<String> tenants) {
    }

    private record Entry(byte[] digest, Login login, Instant expires, long identityChanges) {
    }

    private final IdentityService identity;
    private final Duration cacheTime;
    private final Clock wallClock;
    private final IdentityChanges changes;
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    @Autowired
    VerifiedLogins(IdentityService identity, IdentityChanges changes, LoginProperties properties) {
        this(identity, changes, properties.loginCache(), Clock.systemUTC());
    }

    VerifiedLogins(IdentityService identity, IdentityChanges changes, Duration cacheTime, Clock wallClock) {
        this.identity = identity;
        this.changes = changes;
        this.cacheTime = cacheTime;
        this.wallClock = wallClock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The user, if the password is theirs; empty for a wrong user or password. */
    Optional<Login> verify(String user, String password) {
        if (user == null || password == null) {
            return Optional.empty();
        }
        byte[] digest = digest(user, password);
        Entry entry = verified.get(user);
        if (entry != null && entry.identityChanges() == changes.count() && wallClock.instant().isBefore(entry.expires())
                && MessageDigest.isEqual(entry.digest(), digest)) {
            return Optional.of(entry.login());
        }
        // counted before reading: a change made while we read leaves what we read unused
        long identityChanges = changes.count();
        if (!identity.checkPassword(user, password)) {
            verified.remove(user);
            return Optional.empty();
        }
        Login login = new Login(user, groupsOf(user), tenantsOf(user));
        if (!cacheTime.isNegative() && !cacheTime.isZero()) {
            verified.put(user, new Entry(digest, login, wallClock.instant().plus(cacheTime), identityChanges));
        }
        return Optional.of(login);
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private List<String> tenantsOf(String user) {
        return identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
    }

    private byte[] digest(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
