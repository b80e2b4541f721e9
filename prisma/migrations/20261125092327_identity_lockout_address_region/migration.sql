-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'SECURITY_EVENT';

-- AlterEnum
ALTER TYPE "VerificationMethod" ADD VALUE 'SELF_DECLARED';

-- AlterTable
ALTER TABLE "real_name_profiles" ADD COLUMN     "address_region_code" TEXT;

-- AlterTable
ALTER TABLE "staff" ADD COLUMN     "failed_logins" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "locked_until" TIMESTAMPTZ(3);
