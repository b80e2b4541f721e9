-- AlterTable
ALTER TABLE "shipments" ADD COLUMN     "recipient_region_code" TEXT;
