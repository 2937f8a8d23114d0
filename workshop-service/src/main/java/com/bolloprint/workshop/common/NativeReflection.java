package com.bolloprint.workshop.common;

import com.bolloprint.workshop.customer.BulkResult;
import com.bolloprint.workshop.customer.CustomerDto;
import com.bolloprint.workshop.inventory.AdjustmentDto;
import com.bolloprint.workshop.inventory.AdjustmentResult;
import com.bolloprint.workshop.inventory.InventoryDto;
import com.bolloprint.workshop.order.OrderDto;
import com.bolloprint.workshop.product.ProductDto;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types that Jackson serializes outside a REST method's declared return type (create answers are
 * serialized once and kept for Idempotency-Key replays; problems are written by mappers and a
 * Vert.x filter), registered so a native image can serialize them too.
 */
@RegisterForReflection(
    targets = {
      Problem.class,
      Problem.FieldError.class,
      CustomerDto.class,
      ProductDto.class,
      OrderDto.class,
      OrderDto.Line.class,
      InventoryDto.class,
      AdjustmentDto.class,
      AdjustmentResult.class,
      BulkResult.class,
      BulkResult.Row.class
    })
public final class NativeReflection {
  private NativeReflection() {}
}
