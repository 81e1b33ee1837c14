import { api, send, type BodyOf, type Schemas } from '../../api/client';
import type { Page } from '../../api/models';

export type Template = Schemas['WholesaleTemplate'];
export type TemplateInput = Schemas['CreateWholesaleTemplate'];
export type TemplateChanges = BodyOf<'/v1/wholesale/onboarding-templates/{id}', 'patch'>;
export type Region = Schemas['WholesaleRegion'];
export type Catalogue = Schemas['WholesaleCatalogue'];
export type CataloguePackage = Schemas['WholesaleCataloguePackage'];
export type Customer = Schemas['WholesaleCustomer'];
export type CustomerStatus = Schemas['WholesaleCustomerStatus'];
export type CustomerInput = Schemas['CreateWholesaleCustomer'];
export type WholesaleAddress = Schemas['WholesaleAddress'];
export type Validation = Schemas['WholesaleCustomerValidation'];
export type Note = Schemas['WholesaleProvisioningNote'];
export type WholesaleLocation = Schemas['WholesaleLocation'];
export type LocationInput = Schemas['CreateWholesaleLocation'];
export type Subscriber = Schemas['WholesaleSubscriber'];
export type SubscriberInput = Schemas['CreateWholesaleSubscriber'];
export type BulkResult = Schemas['WholesaleBulkResult'];

export const regions: Region[] = ['AMER', 'APAC', 'ANZ', 'EMEA', 'EURO'];

export function listTemplates(cursor?: string | null): Promise<Page<Template>> {
  return send(api.GET('/v1/wholesale/onboarding-templates', { params: { query: { cursor: cursor ?? undefined, limit: 200 } } }));
}

export function createTemplate(body: TemplateInput): Promise<Template> {
  return send(api.POST('/v1/wholesale/onboarding-templates', { body }));
}

export function updateTemplate(id: string, body: TemplateChanges): Promise<Template> {
  return send(api.PATCH('/v1/wholesale/onboarding-templates/{id}', { params: { path: { id } }, body }));
}

export function deleteTemplate(id: string): Promise<void> {
  return send(api.DELETE('/v1/wholesale/onboarding-templates/{id}', { params: { path: { id } } }));
}

/** The package catalogue and the data regions customers may be created in. */
export function getCatalogue(): Promise<Catalogue> {
  return send(api.GET('/v1/wholesale/packages'));
}

export function listCustomers(cursor?: string | null): Promise<Page<Customer>> {
  return send(api.GET('/v1/wholesale/customers', { params: { query: { cursor: cursor ?? undefined, limit: 100 } } }));
}

export function getCustomer(id: string): Promise<Customer> {
  return send(api.GET('/v1/wholesale/customers/{id}', { params: { path: { id } } }));
}

/** The precheck: what a create with this body would refuse or note, and what the customer would get. */
export function validateCustomer(body: CustomerInput): Promise<Validation> {
  return send(api.POST('/v1/wholesale/customers/validate', { body }));
}

/** 202 while it is provisioned (200 when the externalId made one already): its id either way. */
export function createCustomer(body: CustomerInput): Promise<{ id: string; url: string }> {
  return send(api.POST('/v1/wholesale/customers', { body }));
}

/** Deprovisions the customer with its subscribers and numbers, in the background. */
export function deleteCustomer(id: string): Promise<{ id: string; url: string }> {
  return send(api.DELETE('/v1/wholesale/customers/{id}', { params: { path: { id } } }));
}

export function listLocations(customerId: string): Promise<{ items: WholesaleLocation[] }> {
  return send(api.GET('/v1/wholesale/customers/{id}/locations', { params: { path: { id: customerId } } }));
}

export function createLocation(customerId: string, body: LocationInput): Promise<WholesaleLocation> {
  return send(api.POST('/v1/wholesale/customers/{id}/locations', { params: { path: { id: customerId } }, body }));
}

export function addNumbers(customerId: string, locationId: string, numbers: string[]): Promise<WholesaleLocation> {
  return send(api.POST('/v1/wholesale/customers/{id}/locations/{locationId}/numbers', { params: { path: { id: customerId, locationId } }, body: { numbers } }));
}

export function listSubscribers(customerId: string, cursor?: string | null): Promise<Page<Subscriber>> {
  return send(api.GET('/v1/wholesale/subscribers', { params: { query: { customerId, cursor: cursor ?? undefined, limit: 200 } } }));
}

export function createSubscriber(body: SubscriberInput): Promise<Subscriber> {
  return send(api.POST('/v1/wholesale/subscribers', { body }));
}
