package com.aftersales.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a delegate that sends the buyer a message when it runs. No case ends in silence: a test walks every end
 * event of every model back to a step marked so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TellsTheBuyer {

    /** The message is the phrase the service task names in its local input {@code phrase}; without one, none. */
    boolean whenGivenAPhrase() default false;
}
