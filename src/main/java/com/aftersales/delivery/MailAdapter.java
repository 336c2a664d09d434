package com.aftersales.delivery;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Staff notices by e-mail through Spring Boot's mail support. A message's recipient is a user or a group of
 * Camunda's identity service; the addresses are the e-mails kept there (Admin → Users), so that staff changes
 * need no configuration. The message id travels as header {@code X-AfterSales-Message-Id}.
 */
@Component
class MailAdapter implements MessageAdapter {

    private final DeliveryProperties.Mail config;
    private final JavaMailSender sender;
    private final IdentityService identity;

    MailAdapter(DeliveryProperties properties, ObjectProvider<JavaMailSender> sender, IdentityService identity) {
        this.config = properties.mail();
        this.sender = sender.getIfAvailable();
        this.identity = identity;
        if (config.enabled() && this.sender == null) {
            throw new IllegalStateException("aftersales.delivery.mail.enabled=true needs the mail server: "
                    + "set spring.mail.host (and spring.mail.port, username, password as the server wants)");
        }
    }

    @Override
    public Adapter kind() {
        return Adapter.MAIL;
    }

    @Override
    public boolean active() {
        return config.enabled();
    }

    @Override
    public String describe() {
        return sender instanceof JavaMailSenderImpl smtp ? "mail via " + smtp.getHost() + ":" + smtp.getPort() : "mail";
    }

    @Override
    public void deliver(Delivery message) {
        Set<String> to = addressesOf(message.recipient());
        if (to.isEmpty()) {
            throw new DeliveryFailed("no e-mail address for " + message.recipient() + " in the identity service");
        }
        try {
            sender.send(mime -> {
                MimeMessageHelper mail = new MimeMessageHelper(mime, "UTF-8");
                mail.setFrom(config.from());
                mail.setTo(to.toArray(String[]::new));
                mail.setSubject("售后通知 After-sales notice · " + message.caseId());
                mail.setText(message.text());
                mime.setHeader(WebhookAdapter.MESSAGE_ID, message.messageId());
            });
        } catch (MailException e) {
            throw new DeliveryFailed("mail server: " + e.getMessage(), e);
        }
    }

    /** A group's members' addresses, or the user's own. */
    Set<String> addressesOf(String recipient) {
        Set<String> addresses = new LinkedHashSet<>();
        boolean group = identity.createGroupQuery().groupId(recipient).count() > 0;
        var users = group ? identity.createUserQuery().memberOfGroup(recipient).orderByUserId().asc().list()
                : identity.createUserQuery().userId(recipient).list();
        for (User user : users) {
            if (user.getEmail() != null && !user.getEmail().isBlank()) {
                addresses.add(user.getEmail().trim());
            }
        }
        return addresses;
    }
}
