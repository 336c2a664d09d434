package com.aftersales.api;

import com.aftersales.orders.LogisticsEvents;
import com.aftersales.orders.OrderLookup;
import com.aftersales.orders.OrderUpdates;
import com.aftersales.security.Groups;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Orders as the order system puts them, and their parcels as the carrier reports them. */
@RestController
@Validated
@RequestMapping(path = "/api/orders/{orderId}", produces = "application/json")
class OrderController {

    private static final String ORDER_ID = "[A-Za-z0-9-]*";
    private static final String ORDER_ID_MESSAGE = "may contain only letters, digits and '-'";
    /** Who works the buyer's cases sees where the parcel goes; nobody else needs the buyer's address. */
    private static final Set<String> ADDRESS_READERS = Set.of(Groups.AGENTS, Groups.TEAM_LEADS);

    private final OrderUpdates updates;
    private final LogisticsEvents logistics;
    private final OrderLookup orders;

    OrderController(OrderUpdates updates, LogisticsEvents logistics, OrderLookup orders) {
        this.updates = updates;
        this.logistics = logistics;
        this.orders = orders;
    }

    @Operation(operationId = "putOrder", summary = "The order system puts an order, new or anew (integrators)",
            description = "201 with Location for a new order, 200 for a known one; the body says all of the order each "
                    + "time (an optional field left out is empty afterwards). 409 when the buyerId or paidAmount of an "
                    + "order with an after-sales case would change; nothing changes.")
    @PutMapping(consumes = "application/json")
    ResponseEntity<OrderView> put(@PathVariable @Size(max = 32) @Pattern(regexp = ORDER_ID, message = ORDER_ID_MESSAGE)
                                  String orderId, @Valid @RequestBody PutOrderRequest request, Authentication caller) {
        if (request.paidAt() != null && request.promisedShipBy() != null
                && request.promisedShipBy().isBefore(request.paidAt())) {
            throw new InvalidFieldException("promisedShipBy", "must not be before paidAt");
        }
        OrderUpdates.Result result = updates.put(request.toEntry(orderId));
        if (result == OrderUpdates.Result.HAS_CASE) {
            throw new OrderHasCaseException(orderId);
        }
        OrderView view = view(orderId, caller);
        return result == OrderUpdates.Result.CREATED
                ? ResponseEntity.created(URI.create("/api/orders/" + orderId)).body(view)
                : ResponseEntity.ok(view);
    }

    @Operation(operationId = "getOrder", summary = "An order and where its parcel is",
            description = "shippingState, carrier, trackingNumber and lastEventAt are those of the newest logistics "
                    + "event; shippingAddress for agents and team leads only.")
    @GetMapping
    OrderView get(@PathVariable @Size(max = 32) String orderId, Authentication caller) {
        return view(orderId, caller);
    }

    @Operation(operationId = "reportLogisticsEvent",
            summary = "The carrier reported an event of the order's parcel (integrators)",
            description = "202. The same event again (type, trackingNumber and occurredAt) is accepted once and "
                    + "changes nothing; an event older than the newest is kept but does not move the order back. "
                    + "DELIVERED starts the return window. 404 for an unknown order.")
    @PostMapping(path = "/logistics-events", consumes = "application/json")
    ResponseEntity<Void> logisticsEvent(@PathVariable @Size(max = 32) String orderId,
                                        @Valid @RequestBody LogisticsEventRequest request) {
        return switch (logistics.record(request.toEvent(orderId))) {
            case RECORDED, REPEATED -> ResponseEntity.accepted().build();
            case UNKNOWN_ORDER -> throw new UnknownOrderException(orderId);
            case IN_THE_FUTURE -> throw new InvalidFieldException("occurredAt", "must not be in the future");
        };
    }

    private OrderView view(String orderId, Authentication caller) {
        boolean withAddress = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(ADDRESS_READERS::contains);
        return orders.find(orderId).map(order -> OrderView.of(order, withAddress))
                .orElseThrow(() -> new UnknownOrderException(orderId));
    }
}
