import type Router from '@koa/router';
import type { AppDeps, AppState } from '../http/context';
import { auditRoutes } from './audit.routes';
import { authRoutes } from './auth.routes';
import { authorisationRoutes } from './authorisations.routes';
import { meRoutes } from './me.routes';
import { staffAuthRoutes } from './staff-auth.routes';
import { catalogRoutes } from './catalog.routes';
import { guidesRoutes } from './guides.routes';
import { catalogAdminRoutes } from './catalog-admin.routes';
import { favouritesRoutes } from './favourites.routes';
import { healthRoutes } from './health.routes';
import { openapiRoutes } from './openapi.routes';
import { filesRoutes } from './files.routes';
import { companyRoutes } from './companies.routes';
import { sessionRoutes } from './sessions.routes';
import { applicationsRoutes } from './applications.routes';
import { reviewRoutes } from './review.routes';
import { deliveryRoutes } from './delivery.routes';
import { courierRoutes } from './courier.routes';
import { notificationsRoutes } from './notifications.routes';
import { staffAdminRoutes } from './staff-admin.routes';
import { ratingsRoutes } from './ratings.routes';
import { complaintsRoutes } from './complaints.routes';
import { supervisionRoutes } from './supervision.routes';

/** Every router of the API, in mount order. Add one line per resource. */
export const routeFactories: ((deps: AppDeps) => Router<AppState>)[] = [healthRoutes, openapiRoutes, catalogRoutes, guidesRoutes, catalogAdminRoutes, favouritesRoutes, authRoutes, meRoutes, staffAuthRoutes, auditRoutes, authorisationRoutes, companyRoutes, filesRoutes, sessionRoutes, reviewRoutes, applicationsRoutes, staffAdminRoutes, ratingsRoutes, complaintsRoutes, supervisionRoutes, notificationsRoutes, deliveryRoutes, courierRoutes];
