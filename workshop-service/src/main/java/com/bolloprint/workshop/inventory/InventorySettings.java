package com.bolloprint.workshop.inventory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The workshop's inventory settings. With {@code allowNegativeStock} false (the default) an
 * adjustment that would take an item below zero is refused with 409.
 */
@Schema(name = "InventorySettings")
public record InventorySettings(@Schema(examples = "false") Boolean allowNegativeStock) {}
