{{ header }}
/**
 * The types every catalog module shares.
 * @module
 */

/**
 * What a catalog says about one of its event types.
 * @typeParam E - The catalog's union of wire values.
 * @typeParam K - The keys of the catalog's object.
 */
export interface EventInfo<E extends string = string, K extends string = string> {
  /** The wire value. */
  readonly name: E;
  /** The event type's key in the catalog's object, whose value is {@link EventInfo.name}. */
  readonly key: K;
  /** The numeric code, in catalogs with codes. */
  readonly code?: number;
  /** The label in the vendor's user interface. */
  readonly label?: string;
  readonly description?: string;
  readonly category?: string;
  /** Other wire values that mean this event type; parsing accepts them. */
  readonly aliases: readonly string[];
  /** Why the event type is deprecated, when it is. */
  readonly deprecated?: string;
}

/** What a catalog with numeric codes says about one of its event types. */
export interface CodedEventInfo<E extends string = string, K extends string = string> extends EventInfo<E, K> {
  /** The numeric code. */
  readonly code: number;
}
