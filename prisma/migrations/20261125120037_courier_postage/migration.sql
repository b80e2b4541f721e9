-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "flagged_reason" TEXT;

-- AlterTable
ALTER TABLE "service_item_versions" ADD COLUMN     "postage_free" BOOLEAN NOT NULL DEFAULT false;
