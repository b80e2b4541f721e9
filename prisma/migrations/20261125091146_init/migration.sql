-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE');

-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "ItemType" AS ENUM ('ADMINISTRATIVE_LICENSING', 'ADMINISTRATIVE_PAYMENT', 'ADMINISTRATIVE_CONFIRMATION', 'ADMINISTRATIVE_ADJUDICATION', 'ADMINISTRATIVE_REWARD', 'OTHER_ADMINISTRATIVE_POWER', 'PUBLIC_SERVICE', 'PUBLIC_UTILITY');

-- CreateEnum
CREATE TYPE "HandlingType" AS ENUM ('INSTANT', 'PROMISED');

-- CreateEnum
CREATE TYPE "TimeLimitUnit" AS ENUM ('WORKING_DAY', 'CALENDAR_DAY');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WINDOW', 'ONLINE', 'POST');

-- CreateEnum
CREATE TYPE "OnlineDepth" AS ENUM ('CONSULT', 'RECEIVE', 'PRE_REVIEW', 'ACCEPT', 'HANDLE', 'RESULT_FEEDBACK', 'E_LICENCE_FEEDBACK');

-- CreateEnum
CREATE TYPE "AnywhereScope" AS ENUM ('NONE', 'COUNTY', 'CITY', 'PROVINCE', 'NATIONWIDE');

-- CreateEnum
CREATE TYPE "ResultType" AS ENUM ('LICENCE', 'APPROVAL_DOCUMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "MaterialRequirement" AS ENUM ('REQUIRED', 'CONDITIONAL');

-- CreateEnum
CREATE TYPE "MaterialForm" AS ENUM ('PAPER', 'ELECTRONIC', 'PAPER_OR_ELECTRONIC');

-- CreateEnum
CREATE TYPE "MaterialOriginality" AS ENUM ('ORIGINAL', 'COPY', 'ORIGINAL_AND_COPY');

-- CreateEnum
CREATE TYPE "MaterialSource" AS ENUM ('APPLICANT', 'GOVERNMENT', 'INTERMEDIARY', 'OTHER');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'DISABLED', 'DELETED');

-- CreateEnum
CREATE TYPE "SessionSubject" AS ENUM ('USER', 'STAFF');

-- CreateEnum
CREATE TYPE "IdType" AS ENUM ('RESIDENT_ID_CARD', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_RESIDENT', 'UNIFIED_SOCIAL_CREDIT_CODE', 'OTHER');

-- CreateEnum
CREATE TYPE "VerificationMethod" AS ENUM ('WECHAT_FACE', 'WINDOW_CHECK', 'GOVERNMENT_AUTH');

-- CreateEnum
CREATE TYPE "ConsentKind" AS ENUM ('USER_AGREEMENT', 'PRIVACY_POLICY', 'REAL_NAME_VERIFICATION', 'DATA_SHARING');

-- CreateEnum
CREATE TYPE "ApplicantKind" AS ENUM ('PERSON', 'COMPANY');

-- CreateEnum
CREATE TYPE "AgentRelationship" AS ENUM ('FAMILY', 'GUARDIAN', 'ENTRUSTED', 'EMPLOYEE');

-- CreateEnum
CREATE TYPE "AuthorisationStatus" AS ENUM ('PENDING', 'ACTIVE', 'REJECTED', 'REVOKED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "CompanyRole" AS ENUM ('LEGAL_REPRESENTATIVE', 'ADMIN', 'MEMBER');

-- CreateEnum
CREATE TYPE "StaffStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('WINDOW_CLERK', 'HANDLER', 'APPROVER', 'DEPARTMENT_ADMIN', 'CATALOGUE_EDITOR', 'ASSISTANT', 'SUPERVISOR', 'SYSTEM_ADMIN');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CORRECTION_REQUIRED', 'RESUBMITTED', 'ACCEPTED', 'NOT_ACCEPTED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED', 'DELIVERED', 'RATED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CaseDecision" AS ENUM ('APPROVED', 'DENIED');

-- CreateEnum
CREATE TYPE "DeliveryMethod" AS ENUM ('WINDOW_PICKUP', 'COURIER', 'ELECTRONIC');

-- CreateEnum
CREATE TYPE "MaterialVerdict" AS ENUM ('PENDING', 'PASSED', 'NEEDS_CORRECTION', 'TOLERATED', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "MaterialSupply" AS ENUM ('UPLOAD', 'WALLET', 'GOVERNMENT_FETCH', 'PAPER_AT_WINDOW', 'POST', 'PLEDGE');

-- CreateEnum
CREATE TYPE "TrustLevel" AS ENUM ('A', 'B', 'C', 'D');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('USER', 'STAFF', 'SYSTEM');

-- CreateEnum
CREATE TYPE "VisitPurpose" AS ENUM ('SUBMIT_MATERIALS', 'VERIFY_ORIGINALS', 'INTERVIEW', 'PICK_UP_RESULT', 'OTHER');

-- CreateEnum
CREATE TYPE "SpecialProcedure" AS ENUM ('PUBLIC_NOTICE', 'SITE_INSPECTION', 'EXPERT_REVIEW', 'INSPECTION_QUARANTINE', 'HEARING', 'OTHER');

-- CreateEnum
CREATE TYPE "FilePurpose" AS ENUM ('MATERIAL', 'BLANK_FORM', 'SAMPLE', 'RESULT', 'AUTHORISATION_LETTER', 'PLEDGE', 'ATTACHMENT');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'PROCESSING', 'DONE', 'DEAD');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'PAID', 'CLOSED', 'FAILED');

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('PENDING', 'PROCESSING', 'SUCCESS', 'CLOSED', 'ABNORMAL');

-- CreateEnum
CREATE TYPE "ShipmentDirection" AS ENUM ('TO_APPLICANT', 'TO_DEPARTMENT');

-- CreateEnum
CREATE TYPE "ShipmentStatus" AS ENUM ('CREATED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'RETURNED', 'CANCELLED', 'FAILED');

-- CreateEnum
CREATE TYPE "RatingGrade" AS ENUM ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED');

-- CreateEnum
CREATE TYPE "RatingChannel" AS ENUM ('ONLINE', 'WINDOW_DEVICE', 'SMS', 'PHONE');

-- CreateEnum
CREATE TYPE "RectificationStatus" AS ENUM ('OPEN', 'CALLED_BACK', 'RESOLVED');

-- CreateEnum
CREATE TYPE "RectificationOutcome" AS ENUM ('FIXED', 'SCHEDULED', 'EXPLAINED');

-- CreateEnum
CREATE TYPE "ComplaintKind" AS ENUM ('COMPLAINT', 'SUGGESTION', 'ENQUIRY', 'PRAISE');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'REPLIED', 'CLOSED');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('VIEW_PERSONAL_DATA', 'EXPORT_PERSONAL_DATA', 'DOWNLOAD_FILE', 'UPDATE_PERSONAL_DATA', 'DELETE_PERSONAL_DATA');

-- CreateEnum
CREATE TYPE "DayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateTable
CREATE TABLE "regions" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parent_code" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "departments" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "region_code" TEXT NOT NULL,
    "address" TEXT,
    "office_hours" TEXT,
    "phone" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "departments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_items" (
    "id" TEXT NOT NULL,
    "base_code" TEXT NOT NULL,
    "implementation_code" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_item_versions" (
    "id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "version_no" INTEGER NOT NULL,
    "status" "ItemStatus" NOT NULL DEFAULT 'DRAFT',
    "name" TEXT NOT NULL,
    "name_pinyin" TEXT,
    "name_initials" TEXT,
    "type" "ItemType" NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "handling_type" "HandlingType" NOT NULL,
    "statutory_limit" INTEGER,
    "statutory_limit_unit" "TimeLimitUnit",
    "promised_limit" INTEGER NOT NULL,
    "promised_limit_unit" "TimeLimitUnit" NOT NULL DEFAULT 'WORKING_DAY',
    "visits_needed" INTEGER NOT NULL,
    "visits_reason" TEXT,
    "channels" "Channel"[] DEFAULT ARRAY[]::"Channel"[],
    "online_depth" "OnlineDepth"[] DEFAULT ARRAY[]::"OnlineDepth"[],
    "in_service_centre" BOOLEAN NOT NULL DEFAULT false,
    "courier_delivery" BOOLEAN NOT NULL DEFAULT false,
    "online_payment" BOOLEAN NOT NULL DEFAULT false,
    "booking_available" BOOLEAN NOT NULL DEFAULT false,
    "anywhere_scope" "AnywhereScope" NOT NULL DEFAULT 'NONE',
    "conditions" TEXT,
    "legal_basis" TEXT,
    "process_steps" JSONB,
    "address" TEXT,
    "office_hours" TEXT,
    "enquiry_phone" TEXT,
    "complaint_phone" TEXT,
    "result_name" TEXT,
    "result_type" "ResultType",
    "result_sample_file_id" TEXT,
    "form_schema" JSONB,
    "change_note" TEXT,
    "created_by_staff_id" TEXT,
    "published_by_staff_id" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "retired_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_item_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "material_types" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "government_issued" BOOLEAN NOT NULL DEFAULT false,
    "licence_type_code" TEXT,

    CONSTRAINT "material_types_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "item_materials" (
    "id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "material_type_code" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "requirement" "MaterialRequirement" NOT NULL DEFAULT 'REQUIRED',
    "condition_text" TEXT,
    "form" "MaterialForm" NOT NULL DEFAULT 'PAPER_OR_ELECTRONIC',
    "originality" "MaterialOriginality" NOT NULL DEFAULT 'ORIGINAL',
    "copies" INTEGER NOT NULL DEFAULT 1,
    "source" "MaterialSource" NOT NULL DEFAULT 'APPLICANT',
    "source_detail" TEXT,
    "is_key" BOOLEAN NOT NULL DEFAULT true,
    "blank_form_file_id" TEXT,
    "sample_file_id" TEXT,
    "common_mistakes" TEXT,
    "acceptance_standard" TEXT,

    CONSTRAINT "item_materials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_fees" (
    "id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "standard" TEXT NOT NULL,
    "amount_fen" INTEGER,
    "basis" TEXT NOT NULL,
    "reductions" TEXT,

    CONSTRAINT "item_fees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_faqs" (
    "id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,

    CONSTRAINT "item_faqs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_questions" (
    "id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT NOT NULL,
    "multiple" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "item_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_question_options" (
    "id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT NOT NULL,

    CONSTRAINT "item_question_options_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_option_materials" (
    "option_id" TEXT NOT NULL,
    "material_id" TEXT NOT NULL,

    CONSTRAINT "item_option_materials_pkey" PRIMARY KEY ("option_id","material_id")
);

-- CreateTable
CREATE TABLE "bundles" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "region_code" TEXT NOT NULL,
    "lead_department_id" TEXT NOT NULL,
    "status" "ItemStatus" NOT NULL DEFAULT 'DRAFT',
    "form_schema" JSONB,
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bundles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bundle_items" (
    "bundle_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "bundle_items_pkey" PRIMARY KEY ("bundle_id","item_id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "openid" TEXT NOT NULL,
    "unionid" TEXT,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "nickname" TEXT,
    "large_font" BOOLEAN NOT NULL DEFAULT false,
    "phone_enc" BYTEA,
    "phone_hash" CHAR(64),
    "phone_masked" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login_at" TIMESTAMPTZ(3),

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "subject" "SessionSubject" NOT NULL,
    "user_id" TEXT,
    "staff_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "user_agent" TEXT,
    "ip" TEXT,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "real_name_profiles" (
    "user_id" TEXT NOT NULL,
    "name_enc" BYTEA NOT NULL,
    "name_masked" TEXT NOT NULL,
    "id_type" "IdType" NOT NULL,
    "id_number_enc" BYTEA NOT NULL,
    "id_number_hash" CHAR(64) NOT NULL,
    "id_number_masked" TEXT NOT NULL,
    "address_enc" BYTEA,
    "address_masked" TEXT,
    "verification_method" "VerificationMethod" NOT NULL,
    "verified_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "real_name_profiles_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "privacy_consents" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "ConsentKind" NOT NULL,
    "policy_version" TEXT NOT NULL,
    "granted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawn_at" TIMESTAMPTZ(3),
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "privacy_consents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agent_authorisations" (
    "id" TEXT NOT NULL,
    "agent_user_id" TEXT NOT NULL,
    "principal_kind" "ApplicantKind" NOT NULL,
    "principal_user_id" TEXT,
    "principal_company_id" TEXT,
    "principal_name_enc" BYTEA NOT NULL,
    "principal_name_masked" TEXT NOT NULL,
    "principal_id_type" "IdType" NOT NULL,
    "principal_id_enc" BYTEA NOT NULL,
    "principal_id_hash" CHAR(64) NOT NULL,
    "principal_id_masked" TEXT NOT NULL,
    "relationship" "AgentRelationship" NOT NULL,
    "item_id" TEXT,
    "letter_file_id" TEXT,
    "status" "AuthorisationStatus" NOT NULL DEFAULT 'PENDING',
    "valid_from" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_until" TIMESTAMPTZ(3),
    "confirmed_at" TIMESTAMPTZ(3),
    "verified_by_staff_id" TEXT,
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agent_authorisations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "companies" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "credit_code" VARCHAR(18) NOT NULL,
    "legal_rep_name_enc" BYTEA NOT NULL,
    "legal_rep_name_masked" TEXT NOT NULL,
    "legal_rep_id_enc" BYTEA,
    "legal_rep_id_hash" CHAR(64),
    "address" TEXT,
    "region_code" TEXT,
    "verified_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "companies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company_members" (
    "company_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "role" "CompanyRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "company_members_pkey" PRIMARY KEY ("company_id","user_id")
);

-- CreateTable
CREATE TABLE "staff" (
    "id" TEXT NOT NULL,
    "user_id" TEXT,
    "username" TEXT,
    "password_hash" TEXT,
    "name" TEXT NOT NULL,
    "employee_no" TEXT,
    "phone" TEXT,
    "home_department_id" TEXT,
    "status" "StaffStatus" NOT NULL DEFAULT 'ACTIVE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login_at" TIMESTAMPTZ(3),

    CONSTRAINT "staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_role_bindings" (
    "id" TEXT NOT NULL,
    "staff_id" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "department_id" TEXT,
    "region_code" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_role_bindings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "item_version_id" TEXT,
    "bundle_id" TEXT,
    "parent_id" TEXT,
    "department_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'DRAFT',
    "channel" "Channel" NOT NULL DEFAULT 'ONLINE',
    "applicant_user_id" TEXT,
    "applicant_kind" "ApplicantKind" NOT NULL,
    "applicant_company_id" TEXT,
    "applicant_name_enc" BYTEA,
    "applicant_name_masked" TEXT,
    "applicant_id_type" "IdType",
    "applicant_id_enc" BYTEA,
    "applicant_id_hash" CHAR(64),
    "applicant_id_masked" TEXT,
    "legal_rep_name_enc" BYTEA,
    "legal_rep_name_masked" TEXT,
    "contact_phone_enc" BYTEA,
    "contact_phone_masked" TEXT,
    "address_enc" BYTEA,
    "address_masked" TEXT,
    "agent_user_id" TEXT,
    "agent_authorisation_id" TEXT,
    "assisted_by_staff_id" TEXT,
    "situation_answers" JSONB,
    "form_data" JSONB,
    "delivery_method" "DeliveryMethod",
    "tolerated_missing" BOOLEAN NOT NULL DEFAULT false,
    "pledge_file_id" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "pre_review_due_date" DATE,
    "correction_rounds" INTEGER NOT NULL DEFAULT 0,
    "accepted_at" TIMESTAMPTZ(3),
    "accepted_by_staff_id" TEXT,
    "assigned_staff_id" TEXT,
    "not_accepted_reason" TEXT,
    "not_accepted_basis" TEXT,
    "statutory_due_date" DATE,
    "promised_due_date" DATE,
    "paused_working_days" INTEGER NOT NULL DEFAULT 0,
    "completed_at" TIMESTAMPTZ(3),
    "decision" "CaseDecision",
    "decision_reason" TEXT,
    "result_name" TEXT,
    "result_number" TEXT,
    "result_file_id" TEXT,
    "delivered_at" TIMESTAMPTZ(3),
    "withdrawn_at" TIMESTAMPTZ(3),
    "withdraw_reason" TEXT,
    "visit_count" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_materials" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "item_material_id" TEXT,
    "material_type_code" TEXT,
    "name" TEXT NOT NULL,
    "supply" "MaterialSupply",
    "trust_level" "TrustLevel",
    "wallet_item_id" TEXT,
    "verdict" "MaterialVerdict" NOT NULL DEFAULT 'PENDING',
    "verdict_reason" TEXT,
    "verdict_by_staff_id" TEXT,
    "verdict_at" TIMESTAMPTZ(3),
    "submitted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_materials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_material_files" (
    "case_material_id" TEXT NOT NULL,
    "file_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "case_material_files_pkey" PRIMARY KEY ("case_material_id","file_id")
);

-- CreateTable
CREATE TABLE "correction_notices" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "message" TEXT,
    "issued_by_staff_id" TEXT NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respond_by_date" DATE,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "correction_notices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "correction_notice_items" (
    "id" TEXT NOT NULL,
    "notice_id" TEXT NOT NULL,
    "case_material_id" TEXT,
    "reason" TEXT NOT NULL,
    "requirement" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "correction_notice_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_events" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "from_status" "CaseStatus",
    "to_status" "CaseStatus",
    "actor_kind" "ActorKind" NOT NULL,
    "actor_user_id" TEXT,
    "actor_staff_id" TEXT,
    "reason" TEXT,
    "data" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_visits" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "purpose" "VisitPurpose" NOT NULL,
    "reason" TEXT,
    "department_id" TEXT,
    "recorded_by_staff_id" TEXT,
    "visited_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_visits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_pauses" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "procedure" "SpecialProcedure" NOT NULL,
    "reason" TEXT NOT NULL,
    "planned_working_days" INTEGER,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_by_staff_id" TEXT NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "ended_by_staff_id" TEXT,
    "working_days" INTEGER,

    CONSTRAINT "case_pauses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "files" (
    "id" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "original_name" TEXT,
    "purpose" "FilePurpose" NOT NULL,
    "uploaded_by_user_id" TEXT,
    "uploaded_by_staff_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wallet_items" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "company_id" TEXT,
    "material_type_code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "file_id" TEXT,
    "trust_level" "TrustLevel" NOT NULL,
    "licence_number" TEXT,
    "issuer" TEXT,
    "valid_until" DATE,
    "source_case_id" TEXT,
    "verified_by_staff_id" TEXT,
    "verified_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "wallet_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "case_id" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "page" TEXT,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 10,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_at" TIMESTAMPTZ(3),
    "locked_by" TEXT,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subscription_accepts" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "template_id" TEXT NOT NULL,
    "accepted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "consumed_at" TIMESTAMPTZ(3),
    "consumed_by" TEXT,

    CONSTRAINT "subscription_accepts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "out_trade_no" VARCHAR(32) NOT NULL,
    "description" TEXT NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "lines" JSONB,
    "status" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "payer_openid" TEXT NOT NULL,
    "prepay_id" TEXT,
    "transaction_id" TEXT,
    "refunded_fen" INTEGER NOT NULL DEFAULT 0,
    "paid_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refunds" (
    "id" TEXT NOT NULL,
    "payment_id" TEXT NOT NULL,
    "out_refund_no" VARCHAR(64) NOT NULL,
    "refund_id" TEXT,
    "amount_fen" INTEGER NOT NULL,
    "reason" TEXT,
    "status" "RefundStatus" NOT NULL DEFAULT 'PENDING',
    "requested_by_staff_id" TEXT,
    "succeeded_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "refunds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipments" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "direction" "ShipmentDirection" NOT NULL,
    "carrier" TEXT NOT NULL,
    "waybill_no" TEXT,
    "status" "ShipmentStatus" NOT NULL DEFAULT 'CREATED',
    "recipient_name_enc" BYTEA NOT NULL,
    "recipient_name_masked" TEXT NOT NULL,
    "recipient_phone_enc" BYTEA NOT NULL,
    "recipient_phone_masked" TEXT NOT NULL,
    "address_enc" BYTEA NOT NULL,
    "address_masked" TEXT NOT NULL,
    "fee_fen" INTEGER,
    "picked_up_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "shipments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipment_events" (
    "id" TEXT NOT NULL,
    "shipment_id" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "ShipmentStatus" NOT NULL,
    "description" TEXT NOT NULL,
    "location" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "shipment_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ratings" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "user_id" TEXT,
    "grade" "RatingGrade" NOT NULL,
    "channel" "RatingChannel" NOT NULL DEFAULT 'ONLINE',
    "efficiency_score" INTEGER,
    "guide_score" INTEGER,
    "convenience_score" INTEGER,
    "usability_score" INTEGER,
    "comment" TEXT,
    "is_real_name" BOOLEAN NOT NULL DEFAULT true,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "department_id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "item_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ratings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rectification_tasks" (
    "id" TEXT NOT NULL,
    "rating_id" TEXT NOT NULL,
    "department_id" TEXT NOT NULL,
    "assigned_staff_id" TEXT,
    "status" "RectificationStatus" NOT NULL DEFAULT 'OPEN',
    "due_date" DATE NOT NULL,
    "called_back_at" TIMESTAMPTZ(3),
    "callback_reached" BOOLEAN,
    "callback_note" TEXT,
    "outcome" "RectificationOutcome",
    "outcome_text" TEXT,
    "scheduled_for" DATE,
    "resolved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rectification_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaints" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "ComplaintKind" NOT NULL DEFAULT 'COMPLAINT',
    "user_id" TEXT,
    "case_id" TEXT,
    "department_id" TEXT,
    "item_id" TEXT,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "contact_phone_enc" BYTEA,
    "contact_phone_masked" TEXT,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'OPEN',
    "assigned_staff_id" TEXT,
    "due_date" DATE,
    "satisfied" BOOLEAN,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "complaints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_replies" (
    "id" TEXT NOT NULL,
    "complaint_id" TEXT NOT NULL,
    "author_kind" "ActorKind" NOT NULL,
    "user_id" TEXT,
    "staff_id" TEXT,
    "body" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaint_replies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_kind" "ActorKind" NOT NULL,
    "actor_user_id" TEXT,
    "actor_staff_id" TEXT,
    "actor_label" TEXT,
    "action" "AuditAction" NOT NULL,
    "subject_user_id" TEXT,
    "subject_company_id" TEXT,
    "case_id" TEXT,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "purpose" TEXT NOT NULL,
    "request_id" TEXT,
    "ip" TEXT,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_overrides" (
    "date" DATE NOT NULL,
    "kind" "DayKind" NOT NULL,
    "name" TEXT,
    "note" TEXT,
    "created_by_staff_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_overrides_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "counters" (
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "counters_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "regions_parent_code_sort_order_idx" ON "regions"("parent_code", "sort_order");

-- CreateIndex
CREATE INDEX "regions_level_idx" ON "regions"("level");

-- CreateIndex
CREATE UNIQUE INDEX "departments_code_key" ON "departments"("code");

-- CreateIndex
CREATE INDEX "departments_region_code_sort_order_idx" ON "departments"("region_code", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "service_items_implementation_code_key" ON "service_items"("implementation_code");

-- CreateIndex
CREATE INDEX "service_items_department_id_idx" ON "service_items"("department_id");

-- CreateIndex
CREATE INDEX "service_items_region_code_idx" ON "service_items"("region_code");

-- CreateIndex
CREATE INDEX "service_items_base_code_idx" ON "service_items"("base_code");

-- CreateIndex
CREATE INDEX "service_item_versions_status_type_idx" ON "service_item_versions"("status", "type");

-- CreateIndex
CREATE INDEX "service_item_versions_item_id_status_idx" ON "service_item_versions"("item_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "service_item_versions_item_id_version_no_key" ON "service_item_versions"("item_id", "version_no");

-- CreateIndex
CREATE INDEX "item_materials_version_id_sort_order_idx" ON "item_materials"("version_id", "sort_order");

-- CreateIndex
CREATE INDEX "item_fees_version_id_sort_order_idx" ON "item_fees"("version_id", "sort_order");

-- CreateIndex
CREATE INDEX "item_faqs_version_id_sort_order_idx" ON "item_faqs"("version_id", "sort_order");

-- CreateIndex
CREATE INDEX "item_questions_version_id_sort_order_idx" ON "item_questions"("version_id", "sort_order");

-- CreateIndex
CREATE INDEX "item_question_options_question_id_sort_order_idx" ON "item_question_options"("question_id", "sort_order");

-- CreateIndex
CREATE INDEX "item_option_materials_material_id_idx" ON "item_option_materials"("material_id");

-- CreateIndex
CREATE UNIQUE INDEX "bundles_code_key" ON "bundles"("code");

-- CreateIndex
CREATE INDEX "bundles_region_code_status_idx" ON "bundles"("region_code", "status");

-- CreateIndex
CREATE INDEX "bundle_items_item_id_idx" ON "bundle_items"("item_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_openid_key" ON "users"("openid");

-- CreateIndex
CREATE UNIQUE INDEX "users_unionid_key" ON "users"("unionid");

-- CreateIndex
CREATE INDEX "users_phone_hash_idx" ON "users"("phone_hash");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"("token_hash");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "sessions_staff_id_idx" ON "sessions"("staff_id");

-- CreateIndex
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

-- CreateIndex
CREATE INDEX "real_name_profiles_id_number_hash_idx" ON "real_name_profiles"("id_number_hash");

-- CreateIndex
CREATE INDEX "privacy_consents_user_id_kind_granted_at_idx" ON "privacy_consents"("user_id", "kind", "granted_at");

-- CreateIndex
CREATE INDEX "agent_authorisations_agent_user_id_status_idx" ON "agent_authorisations"("agent_user_id", "status");

-- CreateIndex
CREATE INDEX "agent_authorisations_principal_user_id_idx" ON "agent_authorisations"("principal_user_id");

-- CreateIndex
CREATE INDEX "agent_authorisations_principal_company_id_idx" ON "agent_authorisations"("principal_company_id");

-- CreateIndex
CREATE INDEX "agent_authorisations_principal_id_hash_idx" ON "agent_authorisations"("principal_id_hash");

-- CreateIndex
CREATE UNIQUE INDEX "companies_credit_code_key" ON "companies"("credit_code");

-- CreateIndex
CREATE INDEX "companies_legal_rep_id_hash_idx" ON "companies"("legal_rep_id_hash");

-- CreateIndex
CREATE INDEX "company_members_user_id_idx" ON "company_members"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_user_id_key" ON "staff"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_username_key" ON "staff"("username");

-- CreateIndex
CREATE INDEX "staff_home_department_id_idx" ON "staff"("home_department_id");

-- CreateIndex
CREATE INDEX "staff_role_bindings_staff_id_idx" ON "staff_role_bindings"("staff_id");

-- CreateIndex
CREATE INDEX "staff_role_bindings_department_id_role_idx" ON "staff_role_bindings"("department_id", "role");

-- CreateIndex
CREATE INDEX "staff_role_bindings_region_code_role_idx" ON "staff_role_bindings"("region_code", "role");

-- CreateIndex
CREATE UNIQUE INDEX "cases_number_key" ON "cases"("number");

-- CreateIndex
CREATE INDEX "cases_department_id_status_submitted_at_idx" ON "cases"("department_id", "status", "submitted_at");

-- CreateIndex
CREATE INDEX "cases_applicant_user_id_created_at_idx" ON "cases"("applicant_user_id", "created_at");

-- CreateIndex
CREATE INDEX "cases_agent_user_id_created_at_idx" ON "cases"("agent_user_id", "created_at");

-- CreateIndex
CREATE INDEX "cases_applicant_company_id_created_at_idx" ON "cases"("applicant_company_id", "created_at");

-- CreateIndex
CREATE INDEX "cases_applicant_id_hash_idx" ON "cases"("applicant_id_hash");

-- CreateIndex
CREATE INDEX "cases_status_promised_due_date_idx" ON "cases"("status", "promised_due_date");

-- CreateIndex
CREATE INDEX "cases_assigned_staff_id_status_idx" ON "cases"("assigned_staff_id", "status");

-- CreateIndex
CREATE INDEX "cases_item_version_id_idx" ON "cases"("item_version_id");

-- CreateIndex
CREATE INDEX "cases_parent_id_idx" ON "cases"("parent_id");

-- CreateIndex
CREATE INDEX "cases_region_code_status_idx" ON "cases"("region_code", "status");

-- CreateIndex
CREATE INDEX "case_materials_case_id_verdict_idx" ON "case_materials"("case_id", "verdict");

-- CreateIndex
CREATE UNIQUE INDEX "case_materials_case_id_item_material_id_key" ON "case_materials"("case_id", "item_material_id");

-- CreateIndex
CREATE INDEX "case_material_files_file_id_idx" ON "case_material_files"("file_id");

-- CreateIndex
CREATE UNIQUE INDEX "correction_notices_case_id_round_key" ON "correction_notices"("case_id", "round");

-- CreateIndex
CREATE INDEX "correction_notice_items_notice_id_sort_order_idx" ON "correction_notice_items"("notice_id", "sort_order");

-- CreateIndex
CREATE INDEX "correction_notice_items_case_material_id_idx" ON "correction_notice_items"("case_material_id");

-- CreateIndex
CREATE INDEX "case_events_case_id_created_at_idx" ON "case_events"("case_id", "created_at");

-- CreateIndex
CREATE INDEX "case_events_actor_staff_id_created_at_idx" ON "case_events"("actor_staff_id", "created_at");

-- CreateIndex
CREATE INDEX "case_visits_case_id_idx" ON "case_visits"("case_id");

-- CreateIndex
CREATE INDEX "case_pauses_case_id_started_at_idx" ON "case_pauses"("case_id", "started_at");

-- CreateIndex
CREATE UNIQUE INDEX "files_storage_key_key" ON "files"("storage_key");

-- CreateIndex
CREATE INDEX "files_sha256_idx" ON "files"("sha256");

-- CreateIndex
CREATE INDEX "files_uploaded_by_user_id_created_at_idx" ON "files"("uploaded_by_user_id", "created_at");

-- CreateIndex
CREATE INDEX "wallet_items_user_id_material_type_code_idx" ON "wallet_items"("user_id", "material_type_code");

-- CreateIndex
CREATE INDEX "wallet_items_company_id_material_type_code_idx" ON "wallet_items"("company_id", "material_type_code");

-- CreateIndex
CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_messages_dedupe_key_key" ON "outbox_messages"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_messages_status_available_at_idx" ON "outbox_messages"("status", "available_at");

-- CreateIndex
CREATE UNIQUE INDEX "subscription_accepts_consumed_by_key" ON "subscription_accepts"("consumed_by");

-- CreateIndex
CREATE INDEX "subscription_accepts_user_id_template_id_consumed_at_idx" ON "subscription_accepts"("user_id", "template_id", "consumed_at");

-- CreateIndex
CREATE UNIQUE INDEX "payments_out_trade_no_key" ON "payments"("out_trade_no");

-- CreateIndex
CREATE UNIQUE INDEX "payments_transaction_id_key" ON "payments"("transaction_id");

-- CreateIndex
CREATE INDEX "payments_case_id_idx" ON "payments"("case_id");

-- CreateIndex
CREATE INDEX "payments_status_created_at_idx" ON "payments"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "refunds_out_refund_no_key" ON "refunds"("out_refund_no");

-- CreateIndex
CREATE UNIQUE INDEX "refunds_refund_id_key" ON "refunds"("refund_id");

-- CreateIndex
CREATE INDEX "refunds_payment_id_idx" ON "refunds"("payment_id");

-- CreateIndex
CREATE INDEX "shipments_case_id_idx" ON "shipments"("case_id");

-- CreateIndex
CREATE INDEX "shipments_status_updated_at_idx" ON "shipments"("status", "updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "shipments_carrier_waybill_no_key" ON "shipments"("carrier", "waybill_no");

-- CreateIndex
CREATE UNIQUE INDEX "shipment_events_shipment_id_occurred_at_status_key" ON "shipment_events"("shipment_id", "occurred_at", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ratings_case_id_key" ON "ratings"("case_id");

-- CreateIndex
CREATE INDEX "ratings_department_id_created_at_idx" ON "ratings"("department_id", "created_at");

-- CreateIndex
CREATE INDEX "ratings_region_code_created_at_idx" ON "ratings"("region_code", "created_at");

-- CreateIndex
CREATE INDEX "ratings_grade_created_at_idx" ON "ratings"("grade", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "rectification_tasks_rating_id_key" ON "rectification_tasks"("rating_id");

-- CreateIndex
CREATE INDEX "rectification_tasks_department_id_status_due_date_idx" ON "rectification_tasks"("department_id", "status", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "complaints_number_key" ON "complaints"("number");

-- CreateIndex
CREATE INDEX "complaints_department_id_status_created_at_idx" ON "complaints"("department_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "complaints_user_id_created_at_idx" ON "complaints"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "complaints_case_id_idx" ON "complaints"("case_id");

-- CreateIndex
CREATE INDEX "complaint_replies_complaint_id_created_at_idx" ON "complaint_replies"("complaint_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_logs_subject_user_id_created_at_idx" ON "audit_logs"("subject_user_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_logs_actor_staff_id_created_at_idx" ON "audit_logs"("actor_staff_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_logs_case_id_created_at_idx" ON "audit_logs"("case_id", "created_at");

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "departments" ADD CONSTRAINT "departments_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_items" ADD CONSTRAINT "service_items_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_items" ADD CONSTRAINT "service_items_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_item_versions" ADD CONSTRAINT "service_item_versions_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_item_versions" ADD CONSTRAINT "service_item_versions_result_sample_file_id_fkey" FOREIGN KEY ("result_sample_file_id") REFERENCES "files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_item_versions" ADD CONSTRAINT "service_item_versions_created_by_staff_id_fkey" FOREIGN KEY ("created_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_item_versions" ADD CONSTRAINT "service_item_versions_published_by_staff_id_fkey" FOREIGN KEY ("published_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_materials" ADD CONSTRAINT "item_materials_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "service_item_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_materials" ADD CONSTRAINT "item_materials_material_type_code_fkey" FOREIGN KEY ("material_type_code") REFERENCES "material_types"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_materials" ADD CONSTRAINT "item_materials_blank_form_file_id_fkey" FOREIGN KEY ("blank_form_file_id") REFERENCES "files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_materials" ADD CONSTRAINT "item_materials_sample_file_id_fkey" FOREIGN KEY ("sample_file_id") REFERENCES "files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_fees" ADD CONSTRAINT "item_fees_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "service_item_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_faqs" ADD CONSTRAINT "item_faqs_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "service_item_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_questions" ADD CONSTRAINT "item_questions_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "service_item_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_question_options" ADD CONSTRAINT "item_question_options_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "item_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_option_materials" ADD CONSTRAINT "item_option_materials_option_id_fkey" FOREIGN KEY ("option_id") REFERENCES "item_question_options"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_option_materials" ADD CONSTRAINT "item_option_materials_material_id_fkey" FOREIGN KEY ("material_id") REFERENCES "item_materials"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bundles" ADD CONSTRAINT "bundles_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bundles" ADD CONSTRAINT "bundles_lead_department_id_fkey" FOREIGN KEY ("lead_department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bundle_items" ADD CONSTRAINT "bundle_items_bundle_id_fkey" FOREIGN KEY ("bundle_id") REFERENCES "bundles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bundle_items" ADD CONSTRAINT "bundle_items_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "real_name_profiles" ADD CONSTRAINT "real_name_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "privacy_consents" ADD CONSTRAINT "privacy_consents_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_authorisations" ADD CONSTRAINT "agent_authorisations_agent_user_id_fkey" FOREIGN KEY ("agent_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_authorisations" ADD CONSTRAINT "agent_authorisations_principal_user_id_fkey" FOREIGN KEY ("principal_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_authorisations" ADD CONSTRAINT "agent_authorisations_principal_company_id_fkey" FOREIGN KEY ("principal_company_id") REFERENCES "companies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_authorisations" ADD CONSTRAINT "agent_authorisations_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_authorisations" ADD CONSTRAINT "agent_authorisations_letter_file_id_fkey" FOREIGN KEY ("letter_file_id") REFERENCES "files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_authorisations" ADD CONSTRAINT "agent_authorisations_verified_by_staff_id_fkey" FOREIGN KEY ("verified_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "companies" ADD CONSTRAINT "companies_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_members" ADD CONSTRAINT "company_members_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_members" ADD CONSTRAINT "company_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff" ADD CONSTRAINT "staff_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff" ADD CONSTRAINT "staff_home_department_id_fkey" FOREIGN KEY ("home_department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_role_bindings" ADD CONSTRAINT "staff_role_bindings_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_role_bindings" ADD CONSTRAINT "staff_role_bindings_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_role_bindings" ADD CONSTRAINT "staff_role_bindings_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_item_version_id_fkey" FOREIGN KEY ("item_version_id") REFERENCES "service_item_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_bundle_id_fkey" FOREIGN KEY ("bundle_id") REFERENCES "bundles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_applicant_user_id_fkey" FOREIGN KEY ("applicant_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_applicant_company_id_fkey" FOREIGN KEY ("applicant_company_id") REFERENCES "companies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_agent_user_id_fkey" FOREIGN KEY ("agent_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_agent_authorisation_id_fkey" FOREIGN KEY ("agent_authorisation_id") REFERENCES "agent_authorisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_assisted_by_staff_id_fkey" FOREIGN KEY ("assisted_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_pledge_file_id_fkey" FOREIGN KEY ("pledge_file_id") REFERENCES "files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_accepted_by_staff_id_fkey" FOREIGN KEY ("accepted_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_assigned_staff_id_fkey" FOREIGN KEY ("assigned_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_result_file_id_fkey" FOREIGN KEY ("result_file_id") REFERENCES "files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_item_material_id_fkey" FOREIGN KEY ("item_material_id") REFERENCES "item_materials"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_material_type_code_fkey" FOREIGN KEY ("material_type_code") REFERENCES "material_types"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_wallet_item_id_fkey" FOREIGN KEY ("wallet_item_id") REFERENCES "wallet_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_verdict_by_staff_id_fkey" FOREIGN KEY ("verdict_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_material_files" ADD CONSTRAINT "case_material_files_case_material_id_fkey" FOREIGN KEY ("case_material_id") REFERENCES "case_materials"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_material_files" ADD CONSTRAINT "case_material_files_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction_notices" ADD CONSTRAINT "correction_notices_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction_notices" ADD CONSTRAINT "correction_notices_issued_by_staff_id_fkey" FOREIGN KEY ("issued_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction_notice_items" ADD CONSTRAINT "correction_notice_items_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "correction_notices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction_notice_items" ADD CONSTRAINT "correction_notice_items_case_material_id_fkey" FOREIGN KEY ("case_material_id") REFERENCES "case_materials"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_staff_id_fkey" FOREIGN KEY ("actor_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_visits" ADD CONSTRAINT "case_visits_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_visits" ADD CONSTRAINT "case_visits_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_visits" ADD CONSTRAINT "case_visits_recorded_by_staff_id_fkey" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_pauses" ADD CONSTRAINT "case_pauses_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_pauses" ADD CONSTRAINT "case_pauses_started_by_staff_id_fkey" FOREIGN KEY ("started_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_pauses" ADD CONSTRAINT "case_pauses_ended_by_staff_id_fkey" FOREIGN KEY ("ended_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_user_id_fkey" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_staff_id_fkey" FOREIGN KEY ("uploaded_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wallet_items" ADD CONSTRAINT "wallet_items_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wallet_items" ADD CONSTRAINT "wallet_items_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wallet_items" ADD CONSTRAINT "wallet_items_material_type_code_fkey" FOREIGN KEY ("material_type_code") REFERENCES "material_types"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wallet_items" ADD CONSTRAINT "wallet_items_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wallet_items" ADD CONSTRAINT "wallet_items_source_case_id_fkey" FOREIGN KEY ("source_case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wallet_items" ADD CONSTRAINT "wallet_items_verified_by_staff_id_fkey" FOREIGN KEY ("verified_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscription_accepts" ADD CONSTRAINT "subscription_accepts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_requested_by_staff_id_fkey" FOREIGN KEY ("requested_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment_events" ADD CONSTRAINT "shipment_events_shipment_id_fkey" FOREIGN KEY ("shipment_id") REFERENCES "shipments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectification_tasks" ADD CONSTRAINT "rectification_tasks_rating_id_fkey" FOREIGN KEY ("rating_id") REFERENCES "ratings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectification_tasks" ADD CONSTRAINT "rectification_tasks_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectification_tasks" ADD CONSTRAINT "rectification_tasks_assigned_staff_id_fkey" FOREIGN KEY ("assigned_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_assigned_staff_id_fkey" FOREIGN KEY ("assigned_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_replies" ADD CONSTRAINT "complaint_replies_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_replies" ADD CONSTRAINT "complaint_replies_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_replies" ADD CONSTRAINT "complaint_replies_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_overrides" ADD CONSTRAINT "calendar_overrides_created_by_staff_id_fkey" FOREIGN KEY ("created_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
