import { z } from 'zod';
import type { VariablesOf } from '../graphql/graphql';
import type { CheckoutMutation } from '../graphql/orders';
import type {
  SaveCourseMutation,
  SavePostMutation,
  TransitionRequestMutation,
  UpdateServiceMutation,
} from '../graphql/services';

/**
 * One zod schema per form: the posted text fields in, the API's input out. Messages are message
 * keys (`parseForm` in forms.server.ts translates them). What the API checks (lengths, formats,
 * who may do what) it still checks; these schemas shape the values and refuse what the API's
 * types cannot carry (a number that is not whole, a choice the schema does not have).
 */

/** Every value of an API enum, checked against the schema: a value added there fails typecheck here. */
const enumValues =
  <T extends string>() =>
  <const V extends readonly [T, ...T[]]>(values: V & ([T] extends [V[number]] ? unknown : 'a value is missing')) =>
    values;

export const PAYMENT_METHODS = enumValues<VariablesOf<typeof CheckoutMutation>['input']['paymentMethod']>()([
  'MIDTRANS',
  'COD',
]);
export const POST_KINDS = enumValues<VariablesOf<typeof SavePostMutation>['input']['kind']>()([
  'NEWS',
  'EVENT',
  'TOURISM',
  'CULINARY',
]);
export const COURSE_AUDIENCES = enumValues<VariablesOf<typeof SaveCourseMutation>['input']['audience']>()([
  'UMKM',
  'STAFF',
  'PUBLIC',
]);
export const REQUEST_STATUSES = enumValues<VariablesOf<typeof TransitionRequestMutation>['to']>()([
  'SUBMITTED',
  'VERIFIED',
  'IN_PROCESS',
  'AWAITING_COSIGN',
  'INCOMPLETE',
  'COMPLETED',
  'REJECTED',
]);

const raw = z.string();
const trimmed = z.string().trim();
const required = trimmed.min(1, 'auth.required');
/** An empty field is "not given": undefined (optional arguments). */
const optional = trimmed.transform((value) => value || undefined);
/** An empty field is null (nullable input fields). */
const orNull = trimmed.transform((value) => value || null);
const wholeNumber = trimmed.regex(/^-?\d+$/, 'form.wholeNumber').transform(Number);
const choice = <const V extends readonly [string, ...string[]]>(values: V) => z.enum(values, 'form.choice');

// ── accounts ────────────────────────────────────────────────────────────────
export const signInForm = z.object({ email: required, password: required });
export const signUpForm = z.object({ name: required, email: required, password: required, phone: optional });

// ── shops and listings ───────────────────────────────────────────────────────
export const shopForm = z.object({
  name: trimmed,
  /** Kemendagri code of the desa picked (kecamatan first); the API checks it. */
  villageCode: trimmed,
  whatsapp: trimmed,
  address: orNull,
  description: trimmed,
  logoUrl: orNull,
});

/** A variant's own fields, as the listing form and the "add a variant" form post them. */
const variantFields = {
  sku: trimmed,
  variantName: trimmed,
  optionName: trimmed,
  optionValue: trimmed,
  price: wholeNumber,
  stock: wholeNumber,
  weightGrams: wholeNumber,
};
const toVariant = (v: z.output<z.ZodObject<typeof variantFields>>, fallbackName: string) => ({
  sku: v.sku,
  name: v.variantName || fallbackName,
  options: v.optionName && v.optionValue ? [{ name: v.optionName, value: v.optionValue }] : [],
  price: v.price,
  stock: v.stock,
  weightGrams: v.weightGrams,
});

/** A new listing with its first variant (the attributes come from their own fields: attributesFrom). */
export const newProductForm = z
  .object({ title: trimmed, categorySlug: trimmed, description: trimmed, ...variantFields })
  .transform(({ title, categorySlug, description, ...variant }) => ({
    title,
    categorySlug,
    description,
    variants: [toVariant(variant, title)],
  }));

export const newVariantForm = z.object(variantFields).transform((variant) => toVariant(variant, ''));

export const adjustStockForm = z.object({ variantId: raw, delta: wholeNumber, reason: raw });

// ── orders ───────────────────────────────────────────────────────────────────
export const addressForm = z.object({
  recipientName: raw,
  phone: raw,
  street: raw,
  village: raw,
  district: raw,
  regency: raw,
  province: raw,
  postalCode: raw,
});
export const paymentForm = z.object({ paymentMethod: choice(PAYMENT_METHODS) });

export const reviewForm = z.object({
  orderLineId: raw,
  rating: wholeNumber,
  comment: raw.transform((value) => value || null),
});

// ── village services ─────────────────────────────────────────────────────────
export const complaintForm = z.object({
  subject: raw,
  body: raw,
  serviceSlug: orNull,
  requestId: orNull,
  villageCode: orNull,
});

export const complaintResponseForm = z.object({
  id: raw,
  response: raw,
  resolve: raw.transform((value) => value === 'true'),
});

export const transitionForm = z.object({ to: choice(REQUEST_STATUSES), note: orNull });

export const postForm = z.object({
  slug: trimmed,
  kind: choice(POST_KINDS),
  title: trimmed,
  summary: trimmed,
  body: trimmed,
  /** `datetime-local` in the village's time (WIB, UTC+7). */
  eventAt: trimmed.transform((value) => (value ? new Date(`${value}:00+07:00`).toISOString() : null)),
  place: orNull,
});

export const courseForm = z.object({
  slug: trimmed,
  title: trimmed,
  summary: trimmed,
  audience: choice(COURSE_AUDIENCES),
});

/** One line of a textarea per entry, blank lines dropped. */
const lines = raw.transform((value) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
);
type ServiceInput = VariablesOf<typeof UpdateServiceMutation>['input'];

/** The catalogue editor: text, one requirement or step per line, the application form as JSON. */
export const serviceForm = z.object({
  name: trimmed,
  summary: trimmed,
  description: trimmed,
  requirements: lines,
  steps: lines,
  // Not a number: NaN goes on as null and the API names the field, as it always has.
  slaHours: trimmed.transform(Number),
  fee: trimmed.transform(Number),
  office: trimmed,
  openingHours: trimmed,
  isLetter: raw.transform((value) => value === 'on'),
  letterTemplate: trimmed,
  formFields: raw.transform((value, ctx): ServiceInput['formFields'] => {
    try {
      // The API checks each field definition (BAD_USER_INPUT with the field's path).
      return JSON.parse(value || '[]') as ServiceInput['formFields'];
    } catch {
      ctx.addIssue({ code: 'custom', message: 'svc.staff.formJsonBad' });
      return z.NEVER;
    }
  }),
}) satisfies z.ZodType<ServiceInput>;

/** The satisfaction survey: nine scores from 1 to 4 (e1 … e9) and a comment. */
const SURVEY_ITEMS = Array.from({ length: 9 }, (_, i) => `e${i + 1}`);
const score = trimmed.regex(/^[1-4]$/, 'auth.required').transform(Number);
export const surveyForm = z
  .object({ ...Object.fromEntries(SURVEY_ITEMS.map((name) => [name, score])), comment: orNull })
  .transform((values: Record<string, unknown>) => ({
    scores: SURVEY_ITEMS.map((name) => values[name] as number),
    comment: values.comment as string | null,
  }));

// ── small forms ───────────────────────────────────────────────────────────────
/** A listing's own fields on its edit page (prices per variant come as `price-<sku>`). */
export const productEditForm = z.object({ title: raw, categorySlug: raw, description: raw });

/** The cart's buttons: add a variant, change a line's quantity, remove a line. */
const quantity = raw.transform((value) => Number.parseInt(value, 10));
export const addToCartForm = z.object({
  variantId: raw,
  quantity: quantity.transform((value) => value || 1),
});
export const cartLineForm = z.object({ lineId: raw, quantity });

/** Tracking a request (a GET form): the code and the last four NIK digits. */
export const trackForm = z.object({ kode: trimmed, nik: trimmed });

/** Staff on a shop: verify, reject or suspend with a reason, restore. */
export const shopReviewForm = z.object({ id: raw, reason: raw });

/** A publish / unpublish button (posts, services). */
export const publishForm = z.object({ id: raw, published: raw.transform((value) => value === 'true') });

/** A shop's step on its part of an order: shipping needs the courier and number, cancelling a reason. */
export const sellerStepForm = z.object({ courier: raw, trackingNumber: raw, reason: raw });
