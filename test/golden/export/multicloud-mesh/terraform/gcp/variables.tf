variable "project_id" {
  description = "GCP project that owns the network"
  type        = string
}

variable "gcp_usc1_subnet_cidrs" {
  description = "Subnetwork per segment in GCP us-central1 (Iowa)"
  type        = map(string)
  default = {
    default = "10.92.224.0/20"
  }
}

variable "gcp_euw1_subnet_cidrs" {
  description = "Subnetwork per segment in GCP europe-west1 (Belgium)"
  type        = map(string)
  default = {
    default = "10.30.224.0/20"
  }
}

variable "gcp_ase1_subnet_cidrs" {
  description = "Subnetwork per segment in GCP asia-southeast1 (Singapore)"
  type        = map(string)
  default = {
    default = "10.218.224.0/20"
  }
}

variable "gcp_usc1_asn" {
  description = "BGP ASN of the GCP us-central1 (Iowa) Cloud Router"
  type        = number
  default     = 4235371944
}

variable "aws_use1_public_ip" {
  description = "Public IP of the VPN endpoint at AWS US East (N. Virginia) (from the aws export's outputs)"
  type        = string
}

variable "aws_use1_public_ip_2" {
  description = "Second public IP of the VPN endpoint at AWS US East (N. Virginia) (from the aws export's outputs)"
  type        = string
}

variable "aws_use1_asn" {
  description = "BGP ASN of AWS US East (N. Virginia)"
  type        = number
  default     = 4290686315
}

variable "x_aws_use1_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-use1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_aws_use1_gcp_usc1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-use1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "gcp_euw1_asn" {
  description = "BGP ASN of the GCP europe-west1 (Belgium) Cloud Router"
  type        = number
  default     = 4281827936
}

variable "x_aws_use1_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-use1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_aws_use1_gcp_euw1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-use1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "gcp_ase1_asn" {
  description = "BGP ASN of the GCP asia-southeast1 (Singapore) Cloud Router"
  type        = number
  default     = 4282549534
}

variable "x_aws_use1_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-use1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_aws_use1_gcp_ase1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-use1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "aws_euw1_public_ip" {
  description = "Public IP of the VPN endpoint at AWS EU (Ireland) (from the aws export's outputs)"
  type        = string
}

variable "aws_euw1_public_ip_2" {
  description = "Second public IP of the VPN endpoint at AWS EU (Ireland) (from the aws export's outputs)"
  type        = string
}

variable "aws_euw1_asn" {
  description = "BGP ASN of AWS EU (Ireland)"
  type        = number
  default     = 4262476659
}

variable "x_aws_euw1_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-euw1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_gcp_usc1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-euw1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-euw1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_gcp_euw1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-euw1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-euw1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_gcp_ase1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-euw1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "aws_apse1_public_ip" {
  description = "Public IP of the VPN endpoint at AWS Asia Pacific (Singapore) (from the aws export's outputs)"
  type        = string
}

variable "aws_apse1_public_ip_2" {
  description = "Second public IP of the VPN endpoint at AWS Asia Pacific (Singapore) (from the aws export's outputs)"
  type        = string
}

variable "aws_apse1_asn" {
  description = "BGP ASN of AWS Asia Pacific (Singapore)"
  type        = number
  default     = 4222399677
}

variable "x_aws_apse1_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-apse1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_gcp_usc1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-apse1-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-apse1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_gcp_euw1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-apse1-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-aws-apse1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_gcp_ase1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-aws-apse1-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "az_eastus_public_ip" {
  description = "Public IP of the VPN endpoint at Azure East US (from the azure export's outputs)"
  type        = string
}

variable "az_eastus_public_ip_2" {
  description = "Second public IP of the VPN endpoint at Azure East US (from the azure export's outputs)"
  type        = string
}

variable "az_eastus_asn" {
  description = "BGP ASN of Azure East US"
  type        = number
  default     = 65515
}

variable "x_az_eastus_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-az-eastus-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_az_eastus_gcp_usc1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-az-eastus-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_az_eastus_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-az-eastus-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_az_eastus_gcp_euw1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-az-eastus-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_az_eastus_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-az-eastus-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_az_eastus_gcp_ase1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-az-eastus-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "az_weu_public_ip" {
  description = "Public IP of the VPN endpoint at Azure West Europe (from the azure export's outputs)"
  type        = string
}

variable "az_weu_public_ip_2" {
  description = "Second public IP of the VPN endpoint at Azure West Europe (from the azure export's outputs)"
  type        = string
}

variable "az_weu_asn" {
  description = "BGP ASN of Azure West Europe"
  type        = number
  default     = 65515
}

variable "x_az_weu_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-az-weu-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_az_weu_gcp_usc1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-az-weu-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_az_weu_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-az-weu-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_az_weu_gcp_euw1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-az-weu-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_az_weu_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-az-weu-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_az_weu_gcp_ase1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-az-weu-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "az_sea_public_ip" {
  description = "Public IP of the VPN endpoint at Azure Southeast Asia (from the azure export's outputs)"
  type        = string
}

variable "az_sea_public_ip_2" {
  description = "Second public IP of the VPN endpoint at Azure Southeast Asia (from the azure export's outputs)"
  type        = string
}

variable "az_sea_asn" {
  description = "BGP ASN of Azure Southeast Asia"
  type        = number
  default     = 65515
}

variable "x_az_sea_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-az-sea-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_az_sea_gcp_usc1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-az-sea-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_az_sea_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-az-sea-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_az_sea_gcp_euw1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-az-sea-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_az_sea_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of x-az-sea-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_az_sea_gcp_ase1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of x-az-sea-gcp-ase1"
  type        = string
  sensitive   = true
}
